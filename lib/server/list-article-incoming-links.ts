import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { canReadArticles } from "@/lib/domain/policies/article-policy";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { linkInclude, toLinkView } from "@/lib/server/link-view";
import { userNames } from "@/lib/server/user-names";

/**
 * Links from claims of other articles that point into this article, in
 * reading order (orphans last), for the markers shown on its text.
 */
export async function listArticleIncomingLinks(actor: Actor, articleId: string) {
  authorize(actor, canReadArticles, "read links");
  const db = getDb();
  const article = await db.article.findFirst({ where: { id: articleId, workspaceId: actor.workspaceId }, select: { id: true } });
  if (!article) throw new AppError("NOT_FOUND", "That article does not exist in this workspace.");
  const links = await db.passageLink.findMany({
    where: { targetArticleId: articleId, workspaceId: actor.workspaceId, claim: { deletedAt: null } },
    include: linkInclude,
    orderBy: [{ orphaned: "asc" }, { start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
  });
  const names = await userNames(links.flatMap((l) => [l.createdById, l.updatedById]));
  return links.map((l) => toLinkView(l, names));
}
