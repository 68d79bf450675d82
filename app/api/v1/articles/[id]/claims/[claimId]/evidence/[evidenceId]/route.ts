import { deletedSchema } from "@/lib/api/common-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { removeEvidence } from "@/lib/server/claims/remove-evidence";

export const DELETE = defineRoute(
  {
    method: "delete",
    path: "/api/v1/articles/{id}/claims/{claimId}/evidence/{evidenceId}",
    summary: "Remove an evidence item",
    tags: ["Claims"],
    response: { description: "Removed", schema: deletedSchema },
    errors: { 403: true, 404: true },
  },
  async ({ actor, params }) => {
    await removeEvidence(await actor(), params.id, params.claimId, params.evidenceId);
    return { deleted: true as const };
  },
);
