import "server-only";
import { getDb } from "@/lib/db";
import { verdictsDisagree } from "@/lib/domain/claims/cluster-rules";
import { AppError } from "@/lib/domain/errors";
import type { DisagreementReasonInput } from "@/lib/domain/links/link-input";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { collectClaimCluster } from "@/lib/server/clusters/collect-claim-cluster";
import { findClaim } from "@/lib/server/claims/find-claim";
import { toClusterView } from "@/lib/server/clusters/cluster-view";

/**
 * Records why the claims of a cluster carry different verdicts (say, the
 * outlets report different figures). The reason silences the warning on every
 * claim of the cluster for as long as the verdicts it was recorded for hold.
 * @returns the cluster as getClaimCluster shows it, reason included
 * @throws AppError VALIDATION when the verdicts agree
 */
export async function recordDisagreementReason(actor: Actor, articleId: string, claimId: string, input: DisagreementReasonInput) {
  return getDb().$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, articleId, claimId);
    authorize(actor, "cluster.explain_disagreement", claim);
    const cluster = await collectClaimCluster(tx, actor.workspaceId, claim);
    const { claims } = cluster;
    if (!verdictsDisagree(claims.map((c) => c.verdict))) {
      throw new AppError("VALIDATION", "The verdicts of this statement agree; there is no difference to explain.");
    }
    const verdicts = Object.fromEntries(claims.map((c) => [c.id, c.verdict]));
    const recorded = await tx.verdictDisagreement.create({
      data: { workspaceId: actor.workspaceId, claimIds: claims.map((c) => c.id), verdicts, reason: input.reason, createdById: actor.userId },
    });
    await recordAudit(tx, actor, {
      action: "cluster.disagreement_explained",
      entityType: "VerdictDisagreement",
      entityId: recorded.id,
      articleId,
      claimId,
      data: { verdicts, reason: input.reason.slice(0, 1000) },
    });
    // The cluster just walked, with the reason now recorded: no second walk.
    return toClusterView(tx, actor.workspaceId, claimId, cluster);
  });
}
