import { itemsOf } from "@/lib/api/common-schemas";
import { suggestionSchema } from "@/lib/api/link-schemas";
import { suggestionsQuerySchema } from "@/lib/domain/links/link-input";
import { defineRoute } from "@/lib/http/define-route";
import { suggestPassages } from "@/lib/server/links/suggest-passages";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/claims/{claimId}/suggestions",
    summary: "Ranked passages of other articles that may match the claim",
    tags: ["Links"],
    query: suggestionsQuerySchema,
    response: { description: "Suggestions, best first", schema: itemsOf(suggestionSchema) },
    errors: { 404: true },
  },
  async ({ actor, params, query }) => ({ items: await suggestPassages(await actor(), params.id, params.claimId, query.limit) }),
);
