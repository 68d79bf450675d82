import { articleReviewSchema } from "@/lib/api/review-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { getArticleReview } from "@/lib/server/reviews/get-article-review";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/review",
    summary: "Where an article's review stands: each claim's state, the latest sign-off",
    tags: ["Reviews"],
    response: { description: "Review states and sign-off", schema: articleReviewSchema },
    errors: { 404: true },
  },
  async ({ actor, params }) => getArticleReview(await actor(), params.id),
);
