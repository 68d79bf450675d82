import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { hashApiToken } from "@/lib/server/auth/api-token-hash";

/** Resolves a bearer token to its user id; a revoked or unknown token is UNAUTHENTICATED. */
export async function authenticateApiToken(token: string): Promise<string> {
  const row = await getDb().apiToken.findUnique({ where: { tokenHash: hashApiToken(token) } });
  if (!row || row.revokedAt) throw new AppError("UNAUTHENTICATED", "This API token is invalid or has been revoked.");
  // Last use is informative only: do not make every request wait for it.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    void getDb().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  }
  return row.userId;
}
