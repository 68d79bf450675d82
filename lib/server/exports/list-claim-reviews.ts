import "server-only";
import type { ClaimReview, WithContext } from "schema-dts";
import { getDb } from "@/lib/db";
import { buildClaimReview, isPublishable, type Appearance } from "@/lib/domain/exports/claim-review";
import { loadArticleReports } from "@/lib/server/exports/load-article-reports";
import { readPublisherSettings } from "@/lib/server/exports/get-publisher-settings";
import { resolveExportScope, type ExportScope } from "@/lib/server/exports/resolve-export-scope";
import type { Actor } from "@/lib/domain/roles";

/**
 * schema.org ClaimReview objects (JSON-LD) for the approved claims of an
 * article or session, or for every claim with `drafts`. Each names the
 * workspace's publisher, the rating its verdict maps to, and the articles
 * carrying the claim (its cluster) with the first appearance.
 */
export async function listClaimReviews(
  actor: Actor,
  scope: Exclude<ExportScope, { type: "workspace" }>,
  options: { drafts: boolean; baseUrl: string },
): Promise<WithContext<ClaimReview>[]> {
  const db = getDb();
  const { articleIds, publicationUrl } = await resolveExportScope(db, actor, scope);
  const [{ reports, reviews }, publisher] = await Promise.all([
    loadArticleReports(db, actor.workspaceId, articleIds, { sessionId: scope.type === "session" ? scope.id : undefined }),
    readPublisherSettings(db, actor.workspaceId),
  ]);
  const appearanceIds = new Set(reports.flatMap((r) => [r.article.id, ...r.claims.flatMap((c) => c.cluster?.appearances.map((a) => a.id) ?? [])]));
  const urls = new Map(
    (await db.article.findMany({ where: { workspaceId: actor.workspaceId, id: { in: [...appearanceIds] } }, select: { id: true, url: true } })).map((a) => [a.id, a.url]),
  );
  const appearance = (a: { id: string; title: string; outlet: string | null; publishedAt: string | null }): Appearance => ({
    title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, url: urls.get(a.id) ?? null,
  });
  return reports.flatMap((report) => {
    const signedOff = scope.type === "session" ? reviews.sessionSignOff ?? report.summary.signOff : report.summary.signOff;
    return report.claims.flatMap((claim) => {
      const source = {
        claim: { id: claim.id, exact: claim.quote.exact, claimReviewed: claim.claimReviewed, claimant: claim.claimant, verdict: claim.verdict },
        review: claim.review,
        appearances: [appearance(report.article), ...(claim.cluster?.appearances.filter((a) => a.id !== report.article.id).map(appearance) ?? [])],
        firstAppearance: claim.cluster?.firstAppearance ? appearance(claim.cluster.firstAppearance) : report.article.publishedAt ? appearance(report.article) : null,
        datePublished: (signedOff && !signedOff.superseded ? signedOff.at : null) ?? claim.review.at,
        pageUrl: scope.type === "session" ? publicationUrl ?? report.article.publicationUrl : report.article.publicationUrl,
        appUrl: `${options.baseUrl}/articles/${report.article.id}?claim=${claim.id}`,
      };
      return isPublishable(source, options.drafts) ? [buildClaimReview(source, publisher)] : [];
    });
  });
}
