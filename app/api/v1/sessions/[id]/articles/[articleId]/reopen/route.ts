import { z } from "zod";
import { reopenResultSchema } from "@/lib/api/agreement-schemas";
import { idSchema } from "@/lib/domain/validation";
import { defineRoute } from "@/lib/http/define-route";
import { reopenCheck } from "@/lib/server/agreement/reopen-check";

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/sessions/{id}/articles/{articleId}/reopen",
    summary: "Reopen one checker's layer of a double check",
    description: "Their check is no longer done: they can change their layer, which is blind again until they mark it done. Settled differences stay settled.",
    tags: ["Agreement"],
    body: z.object({ editorId: idSchema }),
    response: { description: "Reopened", schema: reopenResultSchema },
    errors: { 403: "Only the article's reviewer, reviewers and admins who did not check it", 404: "The article is not in this session", 409: "Not a double check, that editor's check is not done, or the session is read-only" },
  },
  async ({ actor, params, body }) => reopenCheck(await actor(), params.id, params.articleId, body.editorId),
);
