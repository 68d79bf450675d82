import { markedReadSchema } from "@/lib/api/session-schemas";
import { markReadSchema } from "@/lib/domain/notifications/notification-input";
import { defineRoute } from "@/lib/http/define-route";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/notifications/read",
    summary: "Mark notifications read",
    tags: ["Sessions"],
    body: markReadSchema,
    response: { description: "How many were unread and are read now", schema: markedReadSchema },
  },
  async ({ actor, body }) => ({ marked: await markNotificationsRead(await actor(), body.all ? "all" : body.ids!) }),
);
