import { sessionDetailSchema, sessionSchema } from "@/lib/api/session-schemas";
import { updateSessionSchema } from "@/lib/domain/sessions/session-input";
import { defineRoute } from "@/lib/http/define-route";
import { getSession } from "@/lib/server/sessions/get-session";
import { updateSession } from "@/lib/server/sessions/update-session";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/sessions/{id}",
    summary: "Read a session: its articles, members' progress and newest activity",
    tags: ["Sessions"],
    response: { description: "The session's dashboard", schema: sessionDetailSchema },
    errors: { 404: true },
  },
  async ({ actor, params }) => getSession(await actor(), params.id),
);

export const PATCH = defineRoute(
  {
    method: "patch",
    path: "/api/v1/sessions/{id}",
    summary: "Edit a session or move its status (optimistic locking)",
    description:
      "Status moves follow the session policy: editors and admins move a session to review and back and close it; " +
      "reviewers and admins sign it off once every article is signed off; only admins reopen a signed-off or closed session, with a `reason`.",
    tags: ["Sessions"],
    body: updateSessionSchema,
    response: { description: "The updated session", schema: sessionSchema },
    errors: {
      403: "Your role may not make this change or move",
      404: true,
      409: "Stale version (details.current holds the session), a read-only session, or a move the session is not ready for",
    },
  },
  async ({ actor, params, body }) => updateSession(await actor(), params.id, body),
);
