import { claimReviewsSchema, reviewViewSchema } from "@/lib/api/review-schemas";
import { reviewInputSchema } from "@/lib/domain/reviews/review-input";
import { defineRoute } from "@/lib/http/define-route";
import { listClaimReviews } from "@/lib/server/reviews/list-claim-reviews";
import { reviewClaim } from "@/lib/server/reviews/review-claim";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/claims/{claimId}/reviews",
    summary: "List a claim's reviews, newest first, with its review state",
    tags: ["Reviews"],
    response: { description: "The claim's review state and every review", schema: claimReviewsSchema },
    errors: { 404: true },
  },
  async ({ actor, params }) => listClaimReviews(await actor(), params.id, params.claimId),
);

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/articles/{id}/claims/{claimId}/reviews",
    summary: "Review a claim: approve, request changes or reject (never one's own work)",
    tags: ["Reviews"],
    idempotent: true,
    body: reviewInputSchema,
    response: { status: 201, description: "The review", schema: reviewViewSchema },
    errors: { 403: "Not a reviewer of this article, or the claim is one's own work", 404: true, 409: "Stale claimVersion: the claim changed since it was read" },
  },
  async ({ actor, params, body }) => reviewClaim(await actor(), params.id, params.claimId, body),
);
