import { deletedSchema } from "@/lib/api/common-schemas";
import { linkViewSchema } from "@/lib/api/link-schemas";
import { deleteLinkSchema, updateLinkSchema } from "@/lib/domain/links/link-input";
import { defineRoute } from "@/lib/http/define-route";
import { deletePassageLink } from "@/lib/server/links/delete-passage-link";
import { updatePassageLink } from "@/lib/server/links/update-passage-link";

const stale = "Stale version: someone changed the link meanwhile (details.current holds the latest link)";

export const PATCH = defineRoute(
  {
    method: "patch",
    path: "/api/v1/links/{linkId}",
    summary: "Change a link's relation or note (optimistic locking)",
    tags: ["Links"],
    body: updateLinkSchema,
    response: { description: "The updated link", schema: linkViewSchema },
    errors: { 403: true, 404: true, 409: stale },
  },
  async ({ actor, params, body }) => updatePassageLink(await actor(), params.linkId, body),
);

export const DELETE = defineRoute(
  {
    method: "delete",
    path: "/api/v1/links/{linkId}",
    summary: "Delete a link",
    tags: ["Links"],
    body: deleteLinkSchema,
    response: { description: "Deleted", schema: deletedSchema },
    errors: { 403: true, 404: true, 409: stale },
  },
  async ({ actor, params, body }) => {
    await deletePassageLink(await actor(), params.linkId, body.version);
    return { deleted: true as const };
  },
);
