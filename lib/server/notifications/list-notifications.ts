import "server-only";
import { getDb } from "@/lib/db";
import { describeNotification, parseStoredNotification, type StoredNotification } from "@/lib/domain/notifications/notification";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { userNames } from "@/lib/server/core/user-names";

/**
 * The actor's notifications in the current workspace, newest first, each with
 * its sentence and where it leads; `unread` counts all unread ones.
 */
export async function listNotifications(actor: Actor, { unreadOnly = false, limit = 50 } = {}) {
  const db = getDb();
  const where = { userId: actor.userId, workspaceId: actor.workspaceId };
  const [rows, unread] = await Promise.all([
    db.notification.findMany({ where: { ...where, ...(unreadOnly ? { readAt: null } : {}) }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  for (const row of rows) authorize(actor, "notification.read", row);
  const parsed = rows.map(parseStoredNotification).filter((n): n is StoredNotification => n !== null);
  const names = await userNames(parsed.flatMap((n) => (n.actorId ? [n.actorId] : [])));
  return {
    unread,
    items: parsed.map((n) => ({
      id: n.id,
      kind: n.kind,
      text: describeNotification(n, n.actorId ? (names.get(n.actorId) ?? "A former member") : null),
      href: n.articleId ? `/articles/${n.articleId}` : n.sessionId ? `/sessions/${n.sessionId}` : "/my-work",
      sessionId: n.sessionId,
      articleId: n.articleId,
      claimId: n.claimId,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
  };
}
export type NotificationList = Awaited<ReturnType<typeof listNotifications>>;
