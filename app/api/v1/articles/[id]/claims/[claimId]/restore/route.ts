import { claimViewSchema } from "@/lib/api/claim-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { restoreClaim } from "@/lib/server/claims/restore-claim";

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/articles/{id}/claims/{claimId}/restore",
    summary: "Undo a claim's deletion",
    tags: ["Claims"],
    response: { description: "The restored claim", schema: claimViewSchema },
    errors: { 403: true, 404: true, 409: "The claim is not deleted" },
  },
  async ({ actor, params }) => restoreClaim(await actor(), params.id, params.claimId),
);
