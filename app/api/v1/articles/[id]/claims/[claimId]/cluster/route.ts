import { clusterSchema } from "@/lib/api/link-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { getClaimCluster } from "@/lib/server/clusters/get-claim-cluster";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/claims/{claimId}/cluster",
    summary: "The claim's cluster: outlets, first appearance, wordings, verdicts",
    tags: ["Links"],
    response: { description: "The cluster", schema: clusterSchema },
    errors: { 404: true },
  },
  async ({ actor, params }) => getClaimCluster(await actor(), params.id, params.claimId),
);
