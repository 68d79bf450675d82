import "server-only";
import { getDb } from "@/lib/db";
import { SESSION_MAX_DAYS } from "@/lib/domain/auth-session";
import type { Tx } from "@/lib/db";

/**
 * Records a new signed-in session of the user and returns its id, which the
 * session cookie carries. Clears the user's long-expired rows on the way.
 */
export async function startAuthSession(userId: string, tx: Tx = getDb()): Promise<string> {
  const now = Date.now();
  await tx.authSession.deleteMany({ where: { userId, expiresAt: { lt: new Date(now) } } });
  const row = await tx.authSession.create({
    data: { userId, expiresAt: new Date(now + SESSION_MAX_DAYS * 24 * 60 * 60 * 1000) },
    select: { id: true },
  });
  return row.id;
}
