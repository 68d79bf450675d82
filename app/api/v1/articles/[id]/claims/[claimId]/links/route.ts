import { createLinkSchema } from "@/lib/domain/links/link-input";
import { apiHandler, readJson } from "@/lib/http/api-handler";
import { createPassageLink } from "@/lib/server/links/create-passage-link";
import { listClaimLinks } from "@/lib/server/links/list-claim-links";

export const GET = apiHandler(async ({ params, actor }) => ({ items: await listClaimLinks(await actor(), params.id, params.claimId) }));

export const POST = apiHandler(
  async ({ request, params, actor }) => createPassageLink(await actor(), params.id, params.claimId, await readJson(request, createLinkSchema)),
  { status: 201 },
);
