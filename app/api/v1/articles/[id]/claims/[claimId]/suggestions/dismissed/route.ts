import { itemsOf } from "@/lib/api/common-schemas";
import { dismissedSuggestionSchema } from "@/lib/api/link-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { listDismissedSuggestions } from "@/lib/server/links/list-dismissed-suggestions";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/claims/{claimId}/suggestions/dismissed",
    summary: "List the passages dismissed as suggestions for a claim (who dismissed them, when), newest first",
    tags: ["Links"],
    response: { description: "Dismissed suggestions", schema: itemsOf(dismissedSuggestionSchema) },
    errors: { 404: true },
  },
  async ({ actor, params }) => ({ items: await listDismissedSuggestions(await actor(), params.id, params.claimId) }),
);
