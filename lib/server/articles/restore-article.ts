import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { findArticle } from "@/lib/server/articles/find-article";
import { indexRevisionPassages } from "@/lib/server/articles/index-revision-passages";
import { recordAudit } from "@/lib/server/core/audit";
import { BIG_WRITE } from "@/lib/server/core/transaction-options";

/**
 * Brings an article back from the trash with everything it had; its current
 * revision's passages are indexed again for suggestions.
 * @throws AppError NOT_FOUND (unknown, another workspace's, not in the trash), FORBIDDEN
 */
export async function restoreArticle(actor: Actor, articleId: string) {
  return getDb().$transaction(async (tx) => {
    const article = await findArticle(tx, actor, articleId, { deleted: true });
    authorize(actor, "article.restore", article);
    await tx.article.update({ where: { id: articleId }, data: { deletedAt: null, deletedById: null } });
    const revision = await tx.articleRevision.findFirstOrThrow({ where: { articleId }, orderBy: { number: "desc" }, select: { id: true, plainText: true } });
    await indexRevisionPassages(tx, { workspaceId: actor.workspaceId, articleId, revisionId: revision.id, plainText: revision.plainText });
    await recordAudit(tx, actor, { action: "article.restored", entityType: "Article", entityId: articleId, articleId, data: { title: article.title } });
    return { id: articleId, title: article.title };
  }, BIG_WRITE);
}
