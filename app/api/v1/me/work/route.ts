import { myWorkSchema } from "@/lib/api/session-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { listMyWork } from "@/lib/server/sessions/list-my-work";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/me/work",
    summary: "My work: the articles I edit in open sessions",
    tags: ["Sessions"],
    response: { description: "Grouped by session, nearest deadline first", schema: myWorkSchema },
  },
  async ({ actor }) => listMyWork(await actor()),
);
