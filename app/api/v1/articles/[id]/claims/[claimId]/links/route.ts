import { itemsOf } from "@/lib/api/common-schemas";
import { linkViewSchema } from "@/lib/api/link-schemas";
import { createLinkSchema } from "@/lib/domain/links/link-input";
import { defineRoute } from "@/lib/http/define-route";
import { createOrFindPassageLink } from "@/lib/server/links/create-passage-link";
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
    idempotent: true,
    body: createLinkSchema,
    response: { status: 201, description: "The new link", schema: linkViewSchema },
    otherResponses: {
      200: {
        description: "The same link (passage, relation and note) already existed, e.g. a repeated request; it is returned and nothing is created",
        schema: linkViewSchema,
      },
    },
    errors: { 403: true, 404: true, 409: "Already linked with another relation or note (details.current is that link), or the target was corrected meanwhile" },
  },
  async ({ actor, params, body }) => {
    const { link, created } = await createOrFindPassageLink(await actor(), params.id, params.claimId, body);
    return Response.json(link, { status: created ? 201 : 200 });
  },
);
