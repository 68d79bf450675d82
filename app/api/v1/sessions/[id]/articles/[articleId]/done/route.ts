import { checkDoneSchema } from "@/lib/api/agreement-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { markCheckDone } from "@/lib/server/agreement/mark-check-done";

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/sessions/{id}/articles/{articleId}/done",
    summary: "Mark your own check of a double-checked article done",
    description: "When every assigned checker is done, the checkers' layers open to one another and the reviewer settles the differences. Marking done twice changes nothing.",
    tags: ["Agreement"],
    response: { description: "Who is done, and whether everyone is", schema: checkDoneSchema },
    errors: { 403: "You are not one of the article's checkers", 404: "The article is not in this session", 409: "Not a double check, or the session is signed off or closed" },
  },
  async ({ actor, params }) => markCheckDone(await actor(), params.id, params.articleId),
);
