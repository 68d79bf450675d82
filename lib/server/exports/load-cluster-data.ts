import "server-only";
import type { Tx } from "@/lib/db";
import { buildClaimClusters, type ClusterClaimInput, type ClusterLinkInput } from "@/lib/domain/exports/claim-clusters";
import type { ArticleRef, ReportCluster } from "@/lib/domain/exports/report-types";
import { articleClaimsWhere } from "@/lib/server/agreement/visible-claims-where";

/** Rounds of widening beyond the report's own articles; statements rarely chain further. */
const MAX_ROUNDS = 4;

const claimSelect = { id: true, articleId: true, revisionId: true, start: true, end: true, orphaned: true, exact: true, verdict: true } as const;
const linkSelect = { id: true, claimId: true, targetArticleId: true, targetRevisionId: true, start: true, end: true, orphaned: true } as const;

/**
 * The claim clusters that touch a set of articles, in a few bulk queries:
 * the SAME_CLAIM links from or into the articles, then the claims and links
 * of the other articles they reach, widening a few rounds. Articles outside
 * the set come in as appearances. Returns each clustered claim's cluster.
 */
export async function loadClusterData(db: Tx, workspaceId: string, articleIds: readonly string[], claims: readonly ClusterClaimInput[]) {
  const known = new Set(articleIds);
  const allClaims = new Map(claims.map((c) => [c.id, c]));
  const links = new Map<string, ClusterLinkInput>();
  let frontier = [...articleIds];
  for (let round = 0; round < MAX_ROUNDS && frontier.length > 0; round++) {
    const found = await db.passageLink.findMany({
      where: {
        workspaceId,
        relation: "SAME_CLAIM",
        claim: { ...articleClaimsWhere, deletedAt: null },
        OR: [{ targetArticleId: { in: frontier } }, { claim: { articleId: { in: frontier } } }],
      },
      select: { ...linkSelect, claim: { select: { articleId: true } } },
    });
    const next = new Set<string>();
    for (const link of found) {
      links.set(link.id, link);
      for (const id of [link.targetArticleId, link.claim.articleId]) if (!known.has(id)) next.add(id);
    }
    frontier = [...next];
    if (frontier.length === 0) break;
    for (const id of frontier) known.add(id);
    const more = await db.claim.findMany({ where: { ...articleClaimsWhere, workspaceId, articleId: { in: frontier }, deletedAt: null }, select: claimSelect });
    for (const claim of more) allClaims.set(claim.id, claim);
  }
  const articles = await db.article.findMany({
    where: { workspaceId, id: { in: [...known] } },
    select: { id: true, title: true, outlet: true, publishedAt: true },
  });
  const refs = new Map<string, ArticleRef>(articles.map((a) => [a.id, { ...a, publishedAt: a.publishedAt?.toISOString() ?? null }]));
  return buildClaimClusters([...allClaims.values()], [...links.values()], refs) as Map<string, ReportCluster>;
}
