import { deletedSchema } from "@/lib/api/common-schemas";
import { sessionArticleSchema } from "@/lib/api/session-schemas";
import { assignmentSchema, workStatusSchema } from "@/lib/domain/sessions/session-input";
import { defineRoute } from "@/lib/http/define-route";
import { putSessionArticle } from "@/lib/server/sessions/put-session-article";
import { removeSessionArticle } from "@/lib/server/sessions/remove-session-article";
import { setWorkStatus } from "@/lib/server/sessions/set-work-status";

const readOnly = "The session is signed off or closed";

export const PUT = defineRoute(
  {
    method: "put",
    path: "/api/v1/sessions/{id}/articles/{articleId}",
    summary: "Add an article to a session and assign it, or reassign it",
    description: "Editors must be editors or admins of the workspace; the reviewer a reviewer or admin who edits none of it. Newly assigned people are notified.",
    tags: ["Sessions"],
    body: assignmentSchema,
    response: { description: "The article in the session", schema: sessionArticleSchema },
    errors: { 403: true, 404: "The session or the article does not exist in this workspace", 409: readOnly },
  },
  async ({ actor, params, body }) => putSessionArticle(await actor(), params.id, params.articleId, body),
);

export const PATCH = defineRoute(
  {
    method: "patch",
    path: "/api/v1/sessions/{id}/articles/{articleId}",
    summary: "Move an article's work status",
    description:
      "Assigned editors move TO_DO → IN_PROGRESS → READY_FOR_REVIEW and CHANGES_REQUESTED → IN_PROGRESS or READY_FOR_REVIEW; " +
      "the reviewer moves READY_FOR_REVIEW → CHANGES_REQUESTED or SIGNED_OFF.",
    tags: ["Sessions"],
    body: workStatusSchema,
    response: { description: "The article in the session", schema: sessionArticleSchema },
    errors: { 403: "Not your move (the message says whose it is)", 404: "The article is not in this session", 409: `${readOnly}, or the article is not where the move starts` },
  },
  async ({ actor, params, body }) => setWorkStatus(await actor(), params.id, params.articleId, body),
);

export const DELETE = defineRoute(
  {
    method: "delete",
    path: "/api/v1/sessions/{id}/articles/{articleId}",
    summary: "Take an article out of a session",
    tags: ["Sessions"],
    response: { description: "Taken out (the article and its claims stay)", schema: deletedSchema },
    errors: { 403: true, 404: "The article is not in this session", 409: readOnly },
  },
  async ({ actor, params }) => {
    await removeSessionArticle(await actor(), params.id, params.articleId);
    return { deleted: true as const };
  },
);
