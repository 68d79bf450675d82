import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { claimInclude, toClaimView } from "@/lib/server/claims/claim-view";
import { findClaim } from "@/lib/server/claims/find-claim";
import { userNames } from "@/lib/server/core/user-names";
import { supersedeSignOff } from "@/lib/server/reviews/supersede-sign-off";

/** Undoes a deletion: the claim comes back with its verdict, rationale and evidence. */
export async function restoreClaim(actor: Actor, articleId: string, claimId: string) {
  const restored = await getDb().$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, articleId, claimId, { deleted: true });
    authorize(actor, "claim.restore", claim);
    if (!claim.deletedAt) throw new AppError("CONFLICT", "That claim is not deleted.");
    await tx.claim.update({
      where: { id: claimId },
      data: { deletedAt: null, version: { increment: 1 }, updatedById: actor.userId },
    });
    // Before this change's audit row: the audit stream's lock is held from there to commit.
    await supersedeSignOff(tx, actor, articleId, "claim_added");
    await recordAudit(tx, actor, { action: "claim.restored", entityType: "Claim", entityId: claimId, articleId, claimId, data: {} });
    return tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude });
  });
  return toClaimView(restored, await userNames([restored.createdById, restored.updatedById]));
}
