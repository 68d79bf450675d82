import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { normalizeEmail } from "@/lib/domain/email";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { consumeSignInAttempt, resetSignInAttempts } from "@/lib/server/auth/sign-in-rate-limit";

// Verified against when the e-mail is unknown, so timing does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

/**
 * Checks an e-mail and password. Attempts are throttled per account and per
 * address before the password is even looked at.
 * @throws AppError RATE_LIMITED or UNAUTHENTICATED (one message for both wrong e-mail and wrong password)
 */
export async function verifyCredentials(email: string, password: string, address: string) {
  const normalized = normalizeEmail(email);
  await consumeSignInAttempt(normalized, address);
  const user = await getDb().user.findUnique({ where: { email: normalized } });
  dummyHash ??= hashPassword(crypto.randomUUID());
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !ok) throw new AppError("UNAUTHENTICATED", "Wrong e-mail or password.");
  await resetSignInAttempts(normalized, address);
  return { id: user.id, email: user.email, name: user.name };
}
