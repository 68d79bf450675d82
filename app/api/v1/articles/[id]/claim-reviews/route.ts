import { claimReviewsQuerySchema, claimReviewsResponse, jsonLdResponse } from "@/lib/http/claim-reviews-route";
import { defineRoute } from "@/lib/http/define-route";
import { publicOrigin } from "@/lib/http/public-origin";
import { listClaimReviews } from "@/lib/server/exports/list-claim-reviews";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/claim-reviews",
    summary: "schema.org ClaimReview JSON-LD for the article's approved claims (every claim with drafts=true)",
    tags: ["Exports"],
    query: claimReviewsQuerySchema,
    response: claimReviewsResponse,
    errors: { 404: true },
  },
  async ({ actor, params, query, request }) =>
    jsonLdResponse(await listClaimReviews(await actor(), { type: "article", id: params.id }, { drafts: query.drafts === "true", baseUrl: publicOrigin(request) })),
);
