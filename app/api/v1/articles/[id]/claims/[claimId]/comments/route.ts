import { claimThreadSchema, commentViewSchema } from "@/lib/api/review-schemas";
import { commentInputSchema } from "@/lib/domain/reviews/review-input";
import { defineRoute } from "@/lib/http/define-route";
import { addClaimComment } from "@/lib/server/reviews/add-claim-comment";
import { listClaimThread } from "@/lib/server/reviews/list-claim-thread";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/claims/{claimId}/comments",
    summary: "Read a claim's discussion (threads and replies)",
    tags: ["Reviews"],
    response: { description: "The claim's threads, oldest first", schema: claimThreadSchema },
    errors: { 404: true },
  },
  async ({ actor, params }) => listClaimThread(await actor(), params.id, params.claimId),
);

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/articles/{id}/claims/{claimId}/comments",
    summary: "Comment on a claim, or reply to a thread; mentioned members are notified",
    tags: ["Reviews"],
    idempotent: true,
    body: commentInputSchema,
    response: { status: 201, description: "The comment", schema: commentViewSchema },
    errors: { 403: true, 404: true, 409: "The thread is resolved" },
  },
  async ({ actor, params, body }) => addClaimComment(await actor(), params.id, params.claimId, body),
);
