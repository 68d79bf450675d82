import { deletedSchema } from "@/lib/api/common-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { restoreSuggestion } from "@/lib/server/links/restore-suggestion";

export const DELETE = defineRoute(
  {
    method: "delete",
    path: "/api/v1/articles/{id}/claims/{claimId}/suggestions/dismissed/{dismissalId}",
    summary: "Undo a dismissal: the passage is suggested again",
    tags: ["Links"],
    response: { description: "The dismissal is undone", schema: deletedSchema },
    errors: { 403: true, 404: "The claim is gone, or the suggestion is not dismissed (any more)" },
  },
  async ({ actor, params }) => {
    await restoreSuggestion(await actor(), params.id, params.claimId, params.dismissalId);
    return { deleted: true as const };
  },
);
