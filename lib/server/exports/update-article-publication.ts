import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { findArticle } from "@/lib/server/articles/find-article";
import { recordAudit } from "@/lib/server/core/audit";

/** Sets where the team publishes its check of an article (the `url` of its ClaimReviews); editors. */
export async function updateArticlePublication(actor: Actor, articleId: string, publicationUrl: string | null) {
  await getDb().$transaction(async (tx) => {
    const article = await findArticle(tx, actor, articleId);
    authorize(actor, "article.correct", article);
    await tx.article.update({ where: { id: articleId }, data: { publicationUrl } });
    await recordAudit(tx, actor, { action: "article.publication_updated", entityType: "Article", entityId: articleId, articleId, data: { publicationUrl } });
  });
  return { publicationUrl };
}

/** Where the team publishes its check of an article (every member may read it). */
export async function getArticlePublication(actor: Actor, articleId: string) {
  const db = getDb();
  authorize(actor, "article.read", await findArticle(db, actor, articleId));
  return db.article.findUniqueOrThrow({ where: { id: articleId }, select: { publicationUrl: true } });
}
