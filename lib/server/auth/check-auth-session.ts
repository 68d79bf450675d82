import "server-only";
import { getDb } from "@/lib/db";

/** A session cookie's standing on the server. */
export type AuthSessionState = { active: true; userId: string } | { active: false; reason: string };

/**
 * Whether the session a cookie names is still open: it exists, belongs to the
 * cookie's user, has not ended and has not outlived its maximum age.
 */
export async function checkAuthSession(sessionId: string, userId: string): Promise<AuthSessionState> {
  const row = await getDb().authSession.findUnique({ where: { id: sessionId }, select: { userId: true, endedAt: true, endReason: true, expiresAt: true } });
  if (!row || row.userId !== userId) return { active: false, reason: "EXPIRED" };
  if (row.endedAt) return { active: false, reason: row.endReason ?? "EXPIRED" };
  if (row.expiresAt.getTime() <= Date.now()) return { active: false, reason: "EXPIRED" };
  return { active: true, userId };
}
