import "server-only";
import { getDb } from "@/lib/db";
import { buildMatrix } from "@/lib/domain/matrix/build-matrix";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { visibleClaimsWhere } from "@/lib/server/agreement/visible-claims-where";
import { withRecordedReasons } from "@/lib/server/links/with-recorded-reasons";

/** Most columns a matrix shows; beyond that it stops being readable. */
export const MATRIX_MAX_ARTICLES = 30;

/**
 * The corroboration matrix for a selection of the workspace's articles
 * (default: the most recent ones), columns in order of publication.
 * Ids of other workspaces are ignored like unknown ids.
 */
export async function getCorroborationMatrix(actor: Actor, articleIds?: readonly string[]) {
  authorize(actor, "article.list");
  const db = getDb();
  const articles = await db.article.findMany({
    where: { workspaceId: actor.workspaceId, deletedAt: null, ...(articleIds?.length ? { id: { in: [...articleIds] } } : {}) },
    orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take: MATRIX_MAX_ARTICLES,
    select: { id: true, title: true, outlet: true, publishedAt: true },
  });
  const ids = articles.map((a) => a.id);
  const [claims, links] = await Promise.all([
    db.claim.findMany({
      where: { ...visibleClaimsWhere(actor), workspaceId: actor.workspaceId, articleId: { in: ids }, deletedAt: null },
      select: { id: true, articleId: true, revisionId: true, start: true, end: true, orphaned: true, exact: true, verdict: true },
    }),
    db.passageLink.findMany({
      where: { workspaceId: actor.workspaceId, claim: { ...visibleClaimsWhere(actor), articleId: { in: ids }, deletedAt: null }, targetArticleId: { in: ids } },
      select: { id: true, claimId: true, relation: true, targetArticleId: true, targetRevisionId: true, start: true, end: true, orphaned: true },
    }),
  ]);
  const rows = buildMatrix(
    ids,
    claims,
    links.map((l) => ({ ...l, articleId: l.targetArticleId, revisionId: l.targetRevisionId })),
  );
  return {
    articles: articles.map((a) => ({ ...a, publishedAt: a.publishedAt?.toISOString() ?? null })),
    rows: await withRecordedReasons(actor.workspaceId, rows),
  };
}
export type MatrixView = Awaited<ReturnType<typeof getCorroborationMatrix>>;
