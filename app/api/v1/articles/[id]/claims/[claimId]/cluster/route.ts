import { apiHandler } from "@/lib/http/api-handler";
import { getClaimCluster } from "@/lib/server/clusters/get-claim-cluster";

export const GET = apiHandler(async ({ params, actor }) => getClaimCluster(await actor(), params.id, params.claimId));
