import { evidenceViewSchema } from "@/lib/api/claim-schemas";
import { evidenceSchema } from "@/lib/domain/claims/claim-input";
import { defineRoute } from "@/lib/http/define-route";
import { addEvidence } from "@/lib/server/claims/add-evidence";

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/articles/{id}/claims/{claimId}/evidence",
    summary: "Add evidence to a claim",
    tags: ["Claims"],
    idempotent: true,
    body: evidenceSchema,
    response: { status: 201, description: "The evidence item", schema: evidenceViewSchema },
    errors: { 403: true, 404: true },
  },
  async ({ actor, params, body }) => addEvidence(await actor(), params.id, params.claimId, body),
);
