import { notificationListSchema } from "@/lib/api/session-schemas";
import { notificationQuerySchema } from "@/lib/domain/notifications/notification-input";
import { defineRoute } from "@/lib/http/define-route";
import { listNotifications } from "@/lib/server/notifications/list-notifications";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/notifications",
    summary: "My notifications in this workspace, newest first",
    tags: ["Sessions"],
    query: notificationQuerySchema,
    response: { description: "Notifications and the unread count", schema: notificationListSchema },
  },
  async ({ actor, query }) => listNotifications(await actor(), { unreadOnly: query.unread, limit: query.limit }),
);
