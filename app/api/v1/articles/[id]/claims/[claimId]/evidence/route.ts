import { evidenceViewSchema } from "@/lib/api/claim-schemas";
import { evidenceSchema } from "@/lib/domain/claims/claim-input";
import { defineRoute } from "@/lib/http/define-route";
import { idempotencyErrors, idempotencyHeaders } from "@/lib/http/idempotency-key";
import { idempotent } from "@/lib/server/idempotency/idempotent";
import { addEvidence } from "@/lib/server/claims/add-evidence";

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/articles/{id}/claims/{claimId}/evidence",
    summary: "Add evidence to a claim",
    tags: ["Claims"],
    description: "Send an `Idempotency-Key` header so that a retried request never adds the evidence twice.",
    headers: idempotencyHeaders,
    body: evidenceSchema,
    response: { status: 201, description: "The evidence item", schema: evidenceViewSchema },
    errors: { 403: true, 404: true, 409: "A request with this Idempotency-Key is still running", ...idempotencyErrors },
  },
  async ({ actor, params, body, headers }) => {
    const who = await actor();
    return idempotent(who.userId, headers["idempotency-key"], `POST /api/v1/articles/${params.id}/claims/${params.claimId}/evidence`, body, async () =>
      Response.json(await addEvidence(who, params.id, params.claimId, body), { status: 201 }));
  },
);
