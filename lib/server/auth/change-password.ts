import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { recordAccountAudit } from "@/lib/server/core/audit";
import { endAuthSessions } from "@/lib/server/auth/end-auth-sessions";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { startAuthSession } from "@/lib/server/auth/start-auth-session";

/**
 * Changes the user's password after checking the current one, and ends every
 * session of the account (a stolen cookie stops working with it); the caller
 * continues in the new session whose id is returned. Audited in the user's stream.
 * @throws AppError VALIDATION when the current password is wrong
 */
export async function changePassword(userId: string, input: { currentPassword: string; newPassword: string }): Promise<{ sessionId: string }> {
  const user = await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("VALIDATION", "The current password is not right.", { fieldErrors: { currentPassword: ["The current password is not right."] } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    const endedSessions = await endAuthSessions({ userId }, "PASSWORD_CHANGED", tx);
    const sessionId = await startAuthSession(userId, tx);
    await recordAccountAudit(tx, userId, { action: "password.changed", entityType: "User", entityId: userId, data: { endedSessions } });
    return { sessionId };
  });
}
