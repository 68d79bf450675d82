import { itemsOf } from "@/lib/api/common-schemas";
import { linkViewSchema } from "@/lib/api/link-schemas";
import { createLinkSchema } from "@/lib/domain/links/link-input";
import { defineRoute } from "@/lib/http/define-route";
import { createPassageLink } from "@/lib/server/links/create-passage-link";
import { listClaimLinks } from "@/lib/server/links/list-claim-links";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/claims/{claimId}/links",
    summary: "List the passages linked to a claim",
    tags: ["Links"],
    response: { description: "Links, oldest first", schema: itemsOf(linkViewSchema) },
    errors: { 404: true },
  },
  async ({ actor, params }) => ({ items: await listClaimLinks(await actor(), params.id, params.claimId) }),
);

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/articles/{id}/claims/{claimId}/links",
    summary: "Link a passage of another article (a suggestion's passageId, or a selection)",
    tags: ["Links"],
    body: createLinkSchema,
    response: { status: 201, description: "The new link", schema: linkViewSchema },
    errors: { 403: true, 404: true, 409: "Already linked (details.linkId), or the target was corrected meanwhile" },
  },
  async ({ actor, params, body }) => createPassageLink(await actor(), params.id, params.claimId, body),
);
