import "server-only";
import { getDb } from "@/lib/db";

/** The user's own tokens, newest first (never the secrets). */
export function listApiTokens(userId: string) {
  return getDb().apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
