import "server-only";
import { getDb } from "@/lib/db";
import { needsDisagreementWarning, verdictsDisagree } from "@/lib/domain/claims/cluster-rules";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import { buildMatrix, type MatrixRow } from "@/lib/domain/matrix/build-matrix";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { visibleClaimsWhere } from "@/lib/server/agreement/visible-claims-where";

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

/** The claim ids of a matrix row (its cells' claims). */
const rowClaims = (row: MatrixRow) => Object.values(row.cells).flatMap((cell) => (cell.kind === "claim" ? cell.claims : []));

/**
 * Marks the contested rows whose disagreeing verdicts have a recorded reason
 * that still applies (the same rule as a cluster's warning): the matrix then
 * says "reason recorded" instead of "contested". One query for all rows.
 */
async function withRecordedReasons(workspaceId: string, rows: MatrixRow[]) {
  const contested = rows.filter((r) => r.contested);
  const ids = contested.flatMap((r) => rowClaims(r).map((c) => c.id));
  const reasons = ids.length === 0 ? [] : await getDb().verdictDisagreement.findMany({
    where: { workspaceId, claimIds: { hasSome: ids } },
    orderBy: { createdAt: "desc" },
    select: { claimIds: true, verdicts: true },
  });
  return rows.map((row) => {
    if (!row.contested) return { ...row, reasonRecorded: false };
    const current = rowClaims(row).map((c) => ({ claimId: c.id, verdict: c.verdict }));
    const reason = reasons.find((r) => r.claimIds.some((id) => current.some((c) => c.claimId === id)));
    const reasonRecorded = Boolean(reason) && verdictsDisagree(current.map((c) => c.verdict))
      && !needsDisagreementWarning(current, reason!.verdicts as Record<string, Verdict>);
    return { ...row, reasonRecorded };
  });
}
