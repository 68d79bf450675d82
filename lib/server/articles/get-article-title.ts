import "server-only";
import { getDb } from "@/lib/db";
import { canReadArticles } from "@/lib/domain/policies/article-policy";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";

/** An article's title for the page <title> (null when it is not in the actor's workspace). */
export async function getArticleTitle(actor: Actor, articleId: string): Promise<string | null> {
  authorize(actor, canReadArticles, "read articles");
  const article = await getDb().article.findFirst({
    where: { id: articleId, workspaceId: actor.workspaceId },
    select: { title: true },
  });
  return article?.title ?? null;
}
