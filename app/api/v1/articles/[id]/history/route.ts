import { historySchema } from "@/lib/api/review-schemas";
import { historyQuerySchema } from "@/lib/domain/reviews/review-input";
import { defineRoute } from "@/lib/http/define-route";
import { listHistory } from "@/lib/server/reviews/list-history";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/history",
    summary: "An article's (or one claim's) history from the audit trail, newest first",
    tags: ["Reviews"],
    query: historyQuerySchema,
    response: { description: "Every change, review and sign-off: who, when, from → to", schema: historySchema },
    errors: { 404: true },
  },
  async ({ actor, params, query }) => ({ items: await listHistory(await actor(), params.id, { claimId: query.claimId }) }),
);
