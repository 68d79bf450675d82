import { commentViewSchema } from "@/lib/api/review-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { resolveClaimThread } from "@/lib/server/reviews/resolve-claim-thread";

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/articles/{id}/claims/{claimId}/comments/{commentId}/resolve",
    summary: "Resolve a thread of a claim's discussion (closes it)",
    tags: ["Reviews"],
    response: { description: "The thread's root comment, resolved", schema: commentViewSchema },
    errors: { 403: true, 404: true, 409: "Already resolved" },
  },
  async ({ actor, params }) => resolveClaimThread(await actor(), params.id, params.claimId, params.commentId),
);
