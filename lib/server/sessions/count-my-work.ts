import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/domain/roles";
import { WITH_EDITOR } from "@/lib/domain/sessions/work-status";

/**
 * The header badge of My work: articles waiting on the actor as editor in
 * open and in-review sessions, and unread notifications. Two counts, no rows.
 */
export async function countMyWork(actor: Actor): Promise<{ open: number; unread: number }> {
  const db = getDb();
  const [open, unread] = await Promise.all([
    db.sessionArticle.count({
      where: {
        status: { in: [...WITH_EDITOR] },
        editors: { some: { userId: actor.userId } },
        session: { workspaceId: actor.workspaceId, status: { in: ["OPEN", "IN_REVIEW"] } },
      },
    }),
    db.notification.count({ where: { userId: actor.userId, workspaceId: actor.workspaceId, readAt: null } }),
  ]);
  return { open, unread };
}
