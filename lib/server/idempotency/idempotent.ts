import "server-only";
import { createHash } from "node:crypto";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { isUniqueViolation } from "@/lib/server/core/is-unique-violation";

/** How long a key answers with its first response. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

const hashOf = (body: unknown) => createHash("sha256").update(JSON.stringify(body ?? null)).digest("hex");

/**
 * Runs a creating request once per Idempotency-Key (per user). The first
 * request claims the key, runs and stores its status and JSON body; a retry
 * with the same key and the same body gets that response again (with
 * `Idempotent-Replayed: true`) and creates nothing; the same key with another
 * body or on another route is IDEMPOTENCY_MISMATCH (422); a retry while the
 * first still runs is a CONFLICT (409). A failed request frees its key, so a
 * retry runs again. Without a key the request simply runs.
 */
export async function idempotent(userId: string, key: string | undefined, scope: string, body: unknown, run: () => Promise<Response>): Promise<Response> {
  if (!key) return run();
  const db = getDb();
  const requestHash = hashOf(body);
  const now = new Date();
  try {
    await db.idempotencyKey.create({ data: { userId, key, scope, requestHash, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const first = await db.idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
    if (first && first.expiresAt <= now) {
      // An expired key is free again.
      await db.idempotencyKey.deleteMany({ where: { userId, key, expiresAt: { lte: now } } });
      return idempotent(userId, key, scope, body, run);
    }
    if (!first) return idempotent(userId, key, scope, body, run);
    if (first.scope !== scope || first.requestHash !== requestHash) {
      throw new AppError("IDEMPOTENCY_MISMATCH", "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
    }
    if (first.status === null) throw new AppError("CONFLICT", "The first request with this Idempotency-Key is still running; retry in a moment.");
    return Response.json(first.body, { status: first.status, headers: { "idempotent-replayed": "true" } });
  }
  let response: Response;
  try {
    response = await run();
  } catch (error) {
    await db.idempotencyKey.deleteMany({ where: { userId, key, status: null } });
    throw error;
  }
  const stored = await response.clone().json().catch(() => null);
  await db.idempotencyKey.update({ where: { userId_key: { userId, key } }, data: { status: response.status, body: stored ?? undefined } });
  // Now and then, drop keys past their day.
  if (Math.random() < 0.02) await db.idempotencyKey.deleteMany({ where: { expiresAt: { lt: now } } }).catch(() => {});
  return response;
}
