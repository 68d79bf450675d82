import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/domain/roles";

/**
 * Marks the actor's notifications read: the given ones, or all of them in the
 * current workspace. Someone else's ids are ignored (the query is scoped to
 * the actor). Not audited: reading is private. Returns how many changed.
 */
export async function markNotificationsRead(actor: Actor, ids: readonly string[] | "all"): Promise<number> {
  const { count } = await getDb().notification.updateMany({
    where: { userId: actor.userId, workspaceId: actor.workspaceId, readAt: null, ...(ids === "all" ? {} : { id: { in: [...ids] } }) },
    data: { readAt: new Date() },
  });
  return count;
}
