import { deleteLinkSchema, updateLinkSchema } from "@/lib/domain/links/link-input";
import { apiHandler, readJson } from "@/lib/http/api-handler";
import { deletePassageLink } from "@/lib/server/links/delete-passage-link";
import { updatePassageLink } from "@/lib/server/links/update-passage-link";

export const PATCH = apiHandler(async ({ request, params, actor }) =>
  updatePassageLink(await actor(), params.linkId, await readJson(request, updateLinkSchema)),
);

export const DELETE = apiHandler(async ({ request, params, actor }) => {
  const { version } = await readJson(request, deleteLinkSchema);
  await deletePassageLink(await actor(), params.linkId, version);
  return { deleted: true };
});
