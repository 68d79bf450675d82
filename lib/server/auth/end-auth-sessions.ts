import "server-only";
import { getDb, type Tx } from "@/lib/db";
import type { SessionEndReason } from "@/lib/domain/auth-session";

/**
 * Ends sessions on the server: one (`{ id }`, sign-out) or all of a user's
 * (`{ userId }`: password change, removal from a workspace). Their cookies
 * stop working with the next request. Returns how many were still open.
 */
export async function endAuthSessions(which: { id: string } | { userId: string }, reason: SessionEndReason, tx: Tx = getDb()): Promise<number> {
  const { count } = await tx.authSession.updateMany({ where: { ...which, endedAt: null }, data: { endedAt: new Date(), endReason: reason } });
  return count;
}
