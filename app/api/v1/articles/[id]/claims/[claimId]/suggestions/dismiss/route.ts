import { dismissedSchema } from "@/lib/api/link-schemas";
import { dismissSuggestionSchema } from "@/lib/domain/links/link-input";
import { defineRoute } from "@/lib/http/define-route";
import { dismissSuggestion } from "@/lib/server/links/dismiss-suggestion";

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/articles/{id}/claims/{claimId}/suggestions/dismiss",
    summary: "Dismiss a suggestion for good",
    tags: ["Links"],
    body: dismissSuggestionSchema,
    response: { description: "Dismissed (dismissing twice is a no-op)", schema: dismissedSchema },
    errors: { 403: true, 404: "The claim, or the suggested passage (its article was corrected meanwhile), is gone" },
  },
  async ({ actor, params, body }) => dismissSuggestion(await actor(), params.id, params.claimId, body.passageId),
);
