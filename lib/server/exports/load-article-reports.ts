import "server-only";
import type { Tx } from "@/lib/db";
import { buildArticleReport, type SourceClaim } from "@/lib/domain/exports/build-article-report";
import type { ArticleReport } from "@/lib/domain/exports/report-types";
import { loadClusterData } from "@/lib/server/exports/load-cluster-data";
import { loadReviewStates, type ReviewStates } from "@/lib/server/exports/load-review-states";
import { userNames } from "@/lib/server/core/user-names";
import { groupBy } from "@/lib/domain/exports/group-by";
import { articleClaimsWhere } from "@/lib/server/agreement/visible-claims-where";

const articleSelect = {
  id: true, title: true, outlet: true, author: true, url: true, publishedAt: true, sourceUpdatedAt: true,
  sourceTimeZone: true, language: true, publicationUrl: true,
} as const;

/**
 * Reads everything the reports of some articles of one workspace need, in a
 * fixed number of bulk queries whatever their size (articles, current
 * revisions, claims with evidence, links, clusters, names, reviews), and
 * builds each article's report. Ids of other workspaces are ignored.
 * `onProgress` is told the share done (0..1) as it goes.
 */
export async function loadArticleReports(
  db: Tx,
  workspaceId: string,
  articleIds: readonly string[],
  options: { generatedAt?: Date; sessionId?: string; onProgress?: (share: number) => void | Promise<void> } = {},
): Promise<{ reports: ArticleReport[]; reviews: ReviewStates }> {
  const progress = options.onProgress ?? (() => undefined);
  const articles = await db.article.findMany({ where: { workspaceId, id: { in: [...articleIds] } }, select: articleSelect });
  const revisions = await db.articleRevision.findMany({
    where: { articleId: { in: articles.map((a) => a.id) } },
    orderBy: [{ articleId: "asc" }, { number: "desc" }],
    distinct: ["articleId"],
    select: { id: true, articleId: true, number: true, sha256: true, createdAt: true, plainText: true },
  });
  await progress(0.2);
  const claims = await db.claim.findMany({
    where: { ...articleClaimsWhere, workspaceId, articleId: { in: articles.map((a) => a.id) }, deletedAt: null },
    include: { evidence: { orderBy: { createdAt: "asc" } } },
  });
  const links = await db.passageLink.findMany({
    where: { workspaceId, claimId: { in: claims.map((c) => c.id) } },
    orderBy: { createdAt: "asc" },
    select: {
      claimId: true, relation: true, note: true, exact: true, orphaned: true,
      targetArticle: { select: { id: true, title: true, outlet: true, publishedAt: true } },
    },
  });
  await progress(0.5);
  const clusters = await loadClusterData(db, workspaceId, articles.map((a) => a.id), claims);
  const reviews = await loadReviewStates(db, workspaceId, { claimIds: claims.map((c) => c.id), articleIds: articles.map((a) => a.id), sessionId: options.sessionId });
  const names = await userNames(claims.map((c) => c.createdById), db);
  await progress(0.8);

  const linksByClaim = groupBy(links, (l) => l.claimId);
  const claimsByArticle = groupBy(claims, (c) => c.articleId);
  const revisionByArticle = new Map(revisions.map((r) => [r.articleId, r]));
  const order = new Map(articleIds.map((id, i) => [id, i]));
  const generatedAt = options.generatedAt ?? new Date();
  const reports = articles
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((article) => {
      const sourceClaims: SourceClaim[] = (claimsByArticle.get(article.id) ?? []).map((c) => ({
        ...c,
        links: (linksByClaim.get(c.id) ?? []).map((l) => ({
          relation: l.relation,
          note: l.note,
          exact: l.exact,
          orphaned: l.orphaned,
          target: { ...l.targetArticle, publishedAt: l.targetArticle.publishedAt?.toISOString() ?? null },
        })),
      }));
      return buildArticleReport(
        {
          article,
          revision: revisionByArticle.get(article.id)!,
          claims: sourceClaims,
          reviews: reviews.claims,
          signOff: reviews.articleSignOffs.get(article.id) ?? null,
          clusters,
          names,
        },
        generatedAt,
      );
    });
  return { reports, reviews };
}
