import "server-only";
import type { Tx } from "@/lib/db";
import { claimFingerprint } from "@/lib/domain/reviews/claim-fingerprint";
import { reviewStateOf, type ClaimReviewState } from "@/lib/domain/reviews/review-state";
import type { ClaimReview } from "@/lib/generated/prisma/client";

/** A claim's review state with its latest review (null when never reviewed). */
export interface ClaimReviewInfo extends ClaimReviewState {
  claimId: string;
  latest: ClaimReview | null;
}

/** The claim columns and evidence the lapse rule compares against a review. */
export const reviewedClaimSelect = {
  id: true,
  version: true,
  verdict: true,
  rationale: true,
  exact: true,
  prefix: true,
  suffix: true,
  orphaned: true,
  evidence: { select: { id: true, url: true, quote: true, note: true, checkedAt: true } },
} as const;

/**
 * The review state of each claim (by id): its latest review against the
 * claim as it is now (the lapse rule, lib/domain/reviews/review-state).
 * The caller scopes the ids to the actor's workspace.
 */
export async function loadClaimReviewStates(tx: Tx, claimIds: readonly string[]): Promise<Map<string, ClaimReviewInfo>> {
  if (claimIds.length === 0) return new Map();
  const [claims, reviews] = await Promise.all([
    tx.claim.findMany({ where: { id: { in: [...claimIds] } }, select: reviewedClaimSelect }),
    tx.claimReview.findMany({ where: { claimId: { in: [...claimIds] } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], distinct: ["claimId"] }),
  ]);
  const latest = new Map(reviews.map((r) => [r.claimId, r]));
  return new Map(
    claims.map((claim) => {
      const review = latest.get(claim.id) ?? null;
      const state = reviewStateOf(review, { version: claim.version, fingerprint: claimFingerprint(claim) });
      return [claim.id, { ...state, claimId: claim.id, latest: review }];
    }),
  );
}
