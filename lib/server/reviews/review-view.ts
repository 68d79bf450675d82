import "server-only";
import type { ClaimReview } from "@/lib/generated/prisma/client";

/** A review as the API and the UI show it. */
export function toReviewView(review: ClaimReview, names: ReadonlyMap<string, string>) {
  return {
    id: review.id,
    claimId: review.claimId,
    articleId: review.articleId,
    revisionId: review.revisionId,
    claimVersion: review.claimVersion,
    verdict: review.verdict,
    decision: review.decision,
    comment: review.comment,
    reviewerId: review.reviewerId,
    reviewerName: names.get(review.reviewerId) ?? "A former member",
    createdAt: review.createdAt.toISOString(),
  };
}
export type ReviewView = ReturnType<typeof toReviewView>;
