import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { claimInclude, toClaimView } from "@/lib/server/claims/claim-view";
import { findClaim } from "@/lib/server/claims/find-claim";
import { userNames } from "@/lib/server/core/user-names";

/**
 * An editor checked a claim whose wording a correction changed and keeps its
 * verdict: the "text changed since it was rated" flag clears (audited, with
 * the wording it was rated on). Optimistic locking as for any claim change.
 * @throws AppError CONFLICT when the claim changed meanwhile or has no flag
 */
export async function confirmClaimText(actor: Actor, articleId: string, claimId: string, version: number) {
  const confirmed = await getDb().$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, articleId, claimId);
    authorize(actor, "claim.update", claim);
    if (!claim.textChangedAt) throw new AppError("CONFLICT", "This claim has nothing to check again: its wording has not changed since it was rated.");
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version, deletedAt: null },
      data: { textChangedAt: null, previousText: null, version: { increment: 1 }, updatedById: actor.userId },
    });
    if (count === 0) throw new AppError("CONFLICT", "Someone changed this claim meanwhile; look at their change and check it again.");
    await recordAudit(tx, actor, {
      action: "claim.text_confirmed",
      entityType: "Claim",
      entityId: claimId,
      articleId,
      claimId,
      data: { verdict: claim.verdict, previousText: claim.previousText, exact: claim.exact },
    });
    return tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude });
  });
  return toClaimView(confirmed, await userNames([confirmed.createdById, confirmed.updatedById]));
}
