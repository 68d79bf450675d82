import "server-only";
import { getDb } from "@/lib/db";
import { buildMatrix } from "@/lib/domain/matrix/build-matrix";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { visibleClaimsWhere } from "@/lib/server/agreement/visible-claims-where";
import { rowClaims, withRecordedReasons } from "@/lib/server/links/with-recorded-reasons";

/** Articles the graph shows at most (it is drawn to stay readable at 50). */
export const GRAPH_MAX_ARTICLES = 60;

/**
 * Articles, their claims and the links between them, for the graph view:
 * the most recent articles of the workspace that have claims or links.
 * A claim is `contested` when its cluster is, as in the corroboration
 * matrix (a link contradicts it, or its verdicts disagree with no reason recorded).
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
      select: { id: true, articleId: true, exact: true, verdict: true, revisionId: true, start: true, end: true, orphaned: true },
    }),
    db.passageLink.findMany({
      where: { workspaceId: actor.workspaceId, targetArticleId: { in: ids }, claim: { ...visibleClaimsWhere(actor), articleId: { in: ids }, deletedAt: null } },
      select: { id: true, claimId: true, targetArticleId: true, relation: true, exact: true, targetRevisionId: true, start: true, end: true, orphaned: true },
    }),
  ]);
  const rows = await withRecordedReasons(
    actor.workspaceId,
    buildMatrix(ids, claims, links.map((l) => ({ ...l, articleId: l.targetArticleId, revisionId: l.targetRevisionId }))),
  );
  const contested = new Set(rows.filter((r) => r.contested && !r.reasonRecorded).flatMap((r) => rowClaims(r).map((c) => c.id)));
  return {
    articles: articles.map((a) => ({ ...a, publishedAt: a.publishedAt?.toISOString() ?? null })),
    claims: claims.map((c) => ({ id: c.id, articleId: c.articleId, exact: c.exact, verdict: c.verdict, contested: contested.has(c.id) })),
    links: links.map((l) => ({ id: l.id, claimId: l.claimId, targetArticleId: l.targetArticleId, relation: l.relation, exact: l.exact })),
  };
}
export type LinkGraphView = Awaited<ReturnType<typeof getLinkGraph>>;
