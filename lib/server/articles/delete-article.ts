import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { findArticle } from "@/lib/server/articles/find-article";
import { recordAudit } from "@/lib/server/core/audit";

/**
 * Moves an article to the trash. The rows stay (deletedAt), so it can be
 * restored with its revisions, claims and links, and the audit trail keeps
 * pointing at something real. Its passages, derived data, are dropped so no
 * suggestion offers its sentences; restoring indexes them again.
 * @throws AppError NOT_FOUND (unknown, another workspace's, already in the trash), FORBIDDEN
 */
export async function deleteArticle(actor: Actor, articleId: string) {
  return getDb().$transaction(async (tx) => {
    const article = await findArticle(tx, actor, articleId);
    authorize(actor, "article.delete", article);
    await tx.article.update({ where: { id: articleId }, data: { deletedAt: new Date(), deletedById: actor.userId } });
    await tx.passage.deleteMany({ where: { articleId } });
    const claims = await tx.claim.count({ where: { articleId, deletedAt: null } });
    await recordAudit(tx, actor, { action: "article.deleted", entityType: "Article", entityId: articleId, articleId, data: { title: article.title, claims } });
    return { id: articleId, title: article.title };
  });
}
