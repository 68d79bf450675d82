import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { ClaimPublicationInput } from "@/lib/domain/exports/claim-publication-input";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { findClaim } from "@/lib/server/claims/find-claim";

/** A claim's ClaimReview fields: the short statement checked (default: the quote) and who made the claim. */
export async function getClaimPublication(actor: Actor, articleId: string, claimId: string) {
  const claim = await findClaim(getDb(), actor, articleId, claimId);
  authorize(actor, "claim.read", claim);
  const row = await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { claimReviewed: true, claimant: true, exact: true } });
  return { claimReviewed: row.claimReviewed, claimant: row.claimant, quote: row.exact };
}

/**
 * Sets a claim's ClaimReview fields. They describe how the check is
 * published, not the check itself, so they do not bump the claim's version
 * (the annotator's pending edits of verdict and rationale stay valid).
 */
export async function updateClaimPublication(actor: Actor, articleId: string, claimId: string, input: ClaimPublicationInput) {
  const db = getDb();
  await db.$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, articleId, claimId);
    authorize(actor, "claim.update", claim);
    await tx.claim.update({ where: { id: claimId }, data: { claimReviewed: input.claimReviewed, claimant: input.claimant } });
    await recordAudit(tx, actor, {
      action: "claim.publication_updated",
      entityType: "Claim",
      entityId: claimId,
      articleId,
      claimId,
      data: { claimReviewed: input.claimReviewed, claimant: input.claimant },
    });
  });
  return getClaimPublication(actor, articleId, claimId);
}
