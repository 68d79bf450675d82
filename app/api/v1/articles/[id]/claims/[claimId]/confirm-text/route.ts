import { claimViewSchema } from "@/lib/api/claim-schemas";
import { deleteClaimSchema } from "@/lib/domain/claims/claim-input";
import { defineRoute } from "@/lib/http/define-route";
import { confirmClaimText } from "@/lib/server/claims/confirm-claim-text";

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/articles/{id}/claims/{claimId}/confirm-text",
    summary: "Keep a claim's verdict after a correction changed its wording (clears the check-again flag)",
    tags: ["Claims"],
    body: deleteClaimSchema,
    response: { description: "The checked claim", schema: claimViewSchema },
    errors: { 403: true, 404: true, 409: "The claim changed meanwhile, or its wording has not changed since it was rated" },
  },
  async ({ actor, params, body }) => confirmClaimText(await actor(), params.id, params.claimId, body.version),
);
