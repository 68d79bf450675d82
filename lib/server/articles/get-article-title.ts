import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";

/** An article's title for the page <title> (null when it is not in the actor's workspace). */
export async function getArticleTitle(actor: Actor, articleId: string): Promise<string | null> {
  const article = await getDb().article.findFirst({
    where: { id: articleId, workspaceId: actor.workspaceId },
    select: { title: true, workspaceId: true },
  });
  if (!article) return null;
  authorize(actor, "article.read", article);
  return article.title;
}
