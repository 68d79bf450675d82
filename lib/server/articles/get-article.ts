import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { toArticleView, type ArticleView, type FullArticleView } from "@/lib/server/articles/article-view";

/**
 * One article of the actor's workspace with its current (latest) revision.
 * Another workspace's id is NOT_FOUND, exactly like an id that never existed.
 */
export async function getArticle(actor: Actor, articleId: string): Promise<FullArticleView>;
export async function getArticle(actor: Actor, articleId: string, opts: { doc?: boolean; plainText?: boolean }): Promise<ArticleView>;
export async function getArticle(actor: Actor, articleId: string, opts: { doc?: boolean; plainText?: boolean } = {}): Promise<ArticleView> {
  const article = await getDb().article.findFirst({
    where: { id: articleId, workspaceId: actor.workspaceId, deletedAt: null },
    include: {
      revisions: {
        orderBy: { number: "desc" },
        take: 1,
        // A long article's doc and text are a megabyte each: callers that do not need them skip them.
        select: { id: true, number: true, doc: opts.doc ?? true, plainText: opts.plainText ?? true, sha256: true, createdAt: true },
      },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "That article does not exist in this workspace.");
  authorize(actor, "article.read", article);
  return toArticleView(article, article.revisions[0]);
}
