import "server-only";
import { createHash } from "node:crypto";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { isUniqueViolation } from "@/lib/server/core/is-unique-violation";

/** How long a key answers with its first outcome. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** What a keyed request answered: its status and JSON body. */
export interface Outcome {
  status: number;
  body: unknown;
}

const hashOf = (request: unknown) => createHash("sha256").update(JSON.stringify(request ?? null)).digest("hex");

/**
 * Runs a creating request once per key (per user). The first request claims
 * the key, runs and stores its outcome; a retry with the same key and the
 * same request (scope and fingerprint) gets that outcome again, marked
 * `replayed`, and creates nothing; the same key for another request is
 * IDEMPOTENCY_MISMATCH (422); a retry while the first still runs is a
 * CONFLICT (409). A request that throws frees its key, so a retry runs again.
 */
export async function runOnce(userId: string, key: string, scope: string, request: unknown, run: () => Promise<Outcome>): Promise<Outcome & { replayed: boolean }> {
  const db = getDb();
  const requestHash = hashOf(request);
  const now = new Date();
  try {
    await db.idempotencyKey.create({ data: { userId, key, scope, requestHash, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const first = await db.idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
    if (first && first.expiresAt <= now) {
      // An expired key is free again.
      await db.idempotencyKey.deleteMany({ where: { userId, key, expiresAt: { lte: now } } });
      return runOnce(userId, key, scope, request, run);
    }
    if (!first) return runOnce(userId, key, scope, request, run);
    if (first.scope !== scope || first.requestHash !== requestHash) {
      throw new AppError("IDEMPOTENCY_MISMATCH", "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
    }
    if (first.status === null) throw new AppError("CONFLICT", "The first request with this Idempotency-Key is still running; retry in a moment.");
    return { status: first.status, body: first.body, replayed: true };
  }
  let outcome: Outcome;
  try {
    outcome = await run();
  } catch (error) {
    await db.idempotencyKey.deleteMany({ where: { userId, key, status: null } });
    throw error;
  }
  await db.idempotencyKey.update({ where: { userId_key: { userId, key } }, data: { status: outcome.status, body: outcome.body ?? undefined } });
  // Now and then, drop keys past their day.
  if (Math.random() < 0.02) await db.idempotencyKey.deleteMany({ where: { expiresAt: { lt: now } } }).catch(() => {});
  return { ...outcome, replayed: false };
}
