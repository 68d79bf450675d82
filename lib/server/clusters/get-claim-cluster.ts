import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { collectClaimCluster } from "@/lib/server/clusters/collect-claim-cluster";
import { toClusterView } from "@/lib/server/clusters/cluster-view";
import { findClaim } from "@/lib/server/claims/find-claim";

export type { ClusterView } from "@/lib/server/clusters/cluster-view";

/**
 * The cluster of a claim: the claims and passages joined to it by SAME_CLAIM
 * links, as a ClusterView (appearances, outlets, verdicts, disagreement).
 */
export async function getClaimCluster(actor: Actor, articleId: string, claimId: string) {
  const db = getDb();
  const claim = await findClaim(db, actor, articleId, claimId);
  authorize(actor, "claim.read", claim);
  return toClusterView(db, actor.workspaceId, claim.id, await collectClaimCluster(db, actor.workspaceId, claim));
}
