import { clusterSchema } from "@/lib/api/link-schemas";
import { disagreementReasonSchema } from "@/lib/domain/links/link-input";
import { defineRoute } from "@/lib/http/define-route";
import { recordDisagreementReason } from "@/lib/server/clusters/record-disagreement-reason";

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/articles/{id}/claims/{claimId}/cluster/disagreement-reason",
    summary: "Record why the cluster's verdicts differ",
    tags: ["Links"],
    body: disagreementReasonSchema,
    response: { status: 201, description: "The cluster, warning cleared", schema: clusterSchema },
    errors: { 403: true, 404: true },
  },
  async ({ actor, params, body }) => recordDisagreementReason(await actor(), params.id, params.claimId, body),
);
