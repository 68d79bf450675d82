import "server-only";
import { getDb } from "@/lib/db";
import { normalizeForDuplicateCheck } from "@/lib/domain/article-input";
import { sha256 } from "@/lib/server/core/sha256";

/** The hash two imports share when their text is the same after normalisation. */
export function contentHashOf(plainText: string): string {
  return sha256(normalizeForDuplicateCheck(plainText));
}

/** The workspace's article with this normalised text hash, if any. */
export function findDuplicateArticle(workspaceId: string, contentHash: string) {
  return getDb().article.findUnique({
    where: { workspaceId_contentHash: { workspaceId, contentHash } },
    select: { id: true, title: true, deletedAt: true },
  });
}
