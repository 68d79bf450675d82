import { sessionListSchema, sessionSchema } from "@/lib/api/session-schemas";
import { createSessionSchema, sessionListQuerySchema } from "@/lib/domain/sessions/session-input";
import { defineRoute } from "@/lib/http/define-route";
import { createSession } from "@/lib/server/sessions/create-session";
import { listSessions } from "@/lib/server/sessions/list-sessions";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/sessions",
    summary: "List annotation sessions",
    description: "Open and in-review sessions first (nearest deadline first), then signed-off and closed ones.",
    tags: ["Sessions"],
    query: sessionListQuerySchema,
    response: { description: "The workspace's sessions", schema: sessionListSchema },
  },
  async ({ actor, query }) => ({ items: await listSessions(await actor(), query) }),
);

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/sessions",
    summary: "Create an annotation session",
    tags: ["Sessions"],
    idempotent: true,
    body: createSessionSchema,
    response: { status: 201, description: "The created session (no articles yet)", schema: sessionSchema },
    errors: { 403: "Only editors and admins create sessions" },
  },
  async ({ actor, body }) => createSession(await actor(), body),
);
