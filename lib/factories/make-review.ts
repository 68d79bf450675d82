import "server-only";
import type { ReviewDecision } from "@/lib/domain/reviews/review-state";
import type { Actor } from "@/lib/domain/roles";
import { reviewClaim } from "@/lib/server/reviews/review-claim";

/** A review through reviewClaim (audited, policy and trigger checked) on the claim's version; a comment when the decision needs one. */
export function makeReview(actor: Actor, claim: { id: string; articleId: string; version: number }, decision: ReviewDecision = "APPROVE", comment?: string) {
  return reviewClaim(actor, claim.articleId, claim.id, {
    decision,
    claimVersion: claim.version,
    comment: comment ?? (decision === "APPROVE" ? undefined : "Please cite the primary source."),
  });
}
