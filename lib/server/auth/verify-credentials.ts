import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { normalizeEmail } from "@/lib/domain/email";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { beginSignInAttempt } from "@/lib/server/auth/sign-in-rate-limit";

// Verified against when the e-mail is unknown, so timing does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

/**
 * Checks an e-mail and password. Attempts are throttled per (account,
 * address) with growing delays, under looser per-account and per-address
 * ceilings, before the password is even looked at (sign-in-rate-limit.ts).
 * @throws AppError RATE_LIMITED or UNAUTHENTICATED (one message for both wrong e-mail and wrong password)
 */
export async function verifyCredentials(email: string, password: string, address: string) {
  const normalized = normalizeEmail(email);
  const attempt = await beginSignInAttempt(normalized, address);
  const user = await getDb().user.findUnique({ where: { email: normalized } });
  dummyHash ??= hashPassword(crypto.randomUUID());
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !ok) {
    await attempt.failed();
    throw new AppError("UNAUTHENTICATED", "Wrong e-mail or password.");
  }
  await attempt.succeeded();
  return { id: user.id, email: user.email, name: user.name };
}
