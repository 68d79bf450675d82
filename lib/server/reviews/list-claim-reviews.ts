import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import { reviewBadgeText } from "@/lib/domain/reviews/review-state";
import type { Actor } from "@/lib/domain/roles";
import { findClaim } from "@/lib/server/claims/find-claim";
import { userNames } from "@/lib/server/core/user-names";
import { loadClaimReviewStates } from "@/lib/server/reviews/claim-review-states";
import { toReviewView } from "@/lib/server/reviews/review-view";

/** Every review of a claim, newest first (lapsed ones stay), with the claim's review state now. */
export async function listClaimReviews(actor: Actor, articleId: string, claimId: string) {
  const db = getDb();
  const claim = await findClaim(db, actor, articleId, claimId, { deleted: true });
  authorize(actor, "review.read", claim);
  const [reviews, states] = await Promise.all([
    db.claimReview.findMany({ where: { claimId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
    loadClaimReviewStates(db, [claimId]),
  ]);
  const names = await userNames(reviews.map((r) => r.reviewerId));
  const state = states.get(claimId)!;
  return {
    claimId,
    claimVersion: claim.version,
    state: state.state,
    changedSince: state.changedSince,
    reviewedVersion: state.reviewedVersion,
    label: reviewBadgeText(state),
    reviews: reviews.map((r) => toReviewView(r, names)),
  };
}
export type ClaimReviewsView = Awaited<ReturnType<typeof listClaimReviews>>;
