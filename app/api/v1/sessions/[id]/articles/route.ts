import { assignedListSchema } from "@/lib/api/session-schemas";
import { assignManySchema } from "@/lib/domain/sessions/session-input";
import { defineRoute } from "@/lib/http/define-route";
import { assignSessionArticles } from "@/lib/server/sessions/assign-session-articles";

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/sessions/{id}/articles",
    summary: "Add and assign several articles at once",
    description: "Every article gets the same editors and reviewer; articles already in the session are reassigned. All or nothing.",
    tags: ["Sessions"],
    body: assignManySchema,
    response: { description: "The session's articles as assigned, in the order given", schema: assignedListSchema },
    errors: { 403: true, 404: "The session or an article does not exist in this workspace", 409: "The session is signed off or closed" },
  },
  async ({ actor, params, body }) => ({ items: await assignSessionArticles(await actor(), params.id, body) }),
);
