import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { findClaim } from "@/lib/server/claims/find-claim";
import { supersedeSignOff } from "@/lib/server/reviews/supersede-sign-off";
import { assertLayerEditable } from "@/lib/server/agreement/find-claim-layer";

/**
 * Deletes a claim. The row is kept (deletedAt) so the deletion can be undone
 * and the audit trail keeps pointing at something real.
 */
export async function deleteClaim(actor: Actor, articleId: string, claimId: string, version: number) {
  await getDb().$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, articleId, claimId);
    authorize(actor, "claim.delete", claim);
    await assertLayerEditable(tx, claim);
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version, deletedAt: null },
      data: { deletedAt: new Date(), version: { increment: 1 }, updatedById: actor.userId },
    });
    if (count === 0) throw new AppError("CONFLICT", "Someone changed this claim meanwhile; reload before deleting it.");
    // Before this change's audit row: the audit stream's lock is held from there to commit.
    await supersedeSignOff(tx, actor, articleId, "claim_deleted");
    await recordAudit(tx, actor, {
      action: "claim.deleted",
      entityType: "Claim",
      entityId: claimId,
      articleId,
      claimId,
      data: { verdict: claim.verdict },
    });
  });
}
