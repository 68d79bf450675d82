import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import { findArticle } from "@/lib/server/articles/find-article";
import type { Actor } from "@/lib/domain/roles";
import { linkInclude, toLinkView } from "@/lib/server/links/link-view";
import { userNames } from "@/lib/server/core/user-names";
import { visibleClaimsWhere } from "@/lib/server/agreement/visible-claims-where";

/**
 * Links from claims of other articles that point into this article, in
 * reading order (orphans last), for the markers shown on its text.
 */
export async function listArticleIncomingLinks(actor: Actor, articleId: string) {
  const db = getDb();
  authorize(actor, "article.read", await findArticle(db, actor, articleId));
  const links = await db.passageLink.findMany({
    where: { targetArticleId: articleId, workspaceId: actor.workspaceId, claim: { ...visibleClaimsWhere(actor), deletedAt: null } },
    include: linkInclude,
    orderBy: [{ orphaned: "asc" }, { start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
  });
  const names = await userNames(links.flatMap((l) => [l.createdById, l.updatedById]));
  return links.map((l) => toLinkView(l, names));
}
