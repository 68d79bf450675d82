import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { visibleClaimsWhere } from "@/lib/server/agreement/visible-claims-where";

/** Articles the graph shows at most (it is drawn to stay readable at 50). */
export const GRAPH_MAX_ARTICLES = 60;

/**
 * Articles, their claims and the links between them, for the graph view:
 * the most recent articles of the workspace that have claims or links.
 */
export async function getLinkGraph(actor: Actor) {
  authorize(actor, "article.list");
  const db = getDb();
  const articles = await db.article.findMany({
    where: { workspaceId: actor.workspaceId, deletedAt: null },
    orderBy: { createdAt: "desc" },
    take: GRAPH_MAX_ARTICLES,
    select: { id: true, title: true, outlet: true, publishedAt: true },
  });
  const ids = articles.map((a) => a.id);
  const [claims, links] = await Promise.all([
    db.claim.findMany({
      where: { ...visibleClaimsWhere(actor), workspaceId: actor.workspaceId, articleId: { in: ids }, deletedAt: null },
      select: { id: true, articleId: true, exact: true, verdict: true },
    }),
    db.passageLink.findMany({
      where: { workspaceId: actor.workspaceId, targetArticleId: { in: ids }, claim: { ...visibleClaimsWhere(actor), articleId: { in: ids }, deletedAt: null } },
      select: { id: true, claimId: true, targetArticleId: true, relation: true, exact: true },
    }),
  ]);
  return {
    articles: articles.map((a) => ({ ...a, publishedAt: a.publishedAt?.toISOString() ?? null })),
    claims,
    links,
  };
}
export type LinkGraphView = Awaited<ReturnType<typeof getLinkGraph>>;
