import { reviewQueueSchema } from "@/lib/api/review-schemas";
import { reviewQueueQuerySchema } from "@/lib/domain/reviews/review-input";
import { defineRoute } from "@/lib/http/define-route";
import { listReviewQueue } from "@/lib/server/reviews/list-review-queue";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/reviews/queue",
    summary: "The reviewer's queue: claims waiting for my review, oldest first",
    tags: ["Reviews"],
    query: reviewQueueQuerySchema,
    response: { description: "Claims waiting for review", schema: reviewQueueSchema },
    errors: { 403: true },
  },
  async ({ actor, query }) => ({ items: await listReviewQueue(await actor(), query) }),
);
