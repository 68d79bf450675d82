import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";

/**
 * Checks that an article is in the actor's workspace and not in the trash
 * (`{ deleted: true }`: only one in the trash); another workspace's id is
 * NOT_FOUND like an unknown one.
 */
export async function findArticle(db: Tx, actor: Actor, articleId: string, opts: { deleted?: boolean } = {}) {
  const article = await db.article.findFirst({
    where: { id: articleId, workspaceId: actor.workspaceId, deletedAt: opts.deleted ? { not: null } : null },
    select: { id: true, workspaceId: true, title: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "That article does not exist in this workspace.");
  return article;
}
