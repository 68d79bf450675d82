import { byPublication, groupPlaces, ratedVerdicts, verdictsDisagree, type Place } from "@/lib/domain/claims/cluster-rules";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import type { ArticleRef, ReportCluster } from "@/lib/domain/exports/report-types";
import { UnionFind } from "@/lib/domain/graph/union-find";

export interface ClusterClaimInput {
  id: string;
  articleId: string;
  revisionId: string;
  start: number;
  end: number;
  orphaned: boolean;
  exact: string;
  verdict: Verdict;
}

export interface ClusterLinkInput {
  id: string;
  claimId: string;
  targetArticleId: string;
  targetRevisionId: string;
  start: number;
  end: number;
  orphaned: boolean;
}

/**
 * Every claim cluster among many claims at once, by the rules of
 * lib/domain/claims/cluster-rules: a SAME_CLAIM link joins its claim with
 * the passage it points at, and places that overlap in one revision (claims
 * and link targets) are one appearance. Clusters carried by fewer than two
 * articles are left out. Returns each clustered claim's cluster.
 */
export function buildClaimClusters(
  claims: readonly ClusterClaimInput[],
  sameClaimLinks: readonly ClusterLinkInput[],
  articles: ReadonlyMap<string, ArticleRef>,
): Map<string, ReportCluster> {
  const places: Place[] = [
    ...claims.map((c) => ({ key: `c:${c.id}`, articleId: c.articleId, revisionId: c.revisionId, start: c.start, end: c.end, orphaned: c.orphaned })),
    ...sameClaimLinks.map((l) => ({ key: `l:${l.id}`, articleId: l.targetArticleId, revisionId: l.targetRevisionId, start: l.start, end: l.end, orphaned: l.orphaned })),
  ];
  const sets = new UnionFind();
  for (const group of groupPlaces(places)) for (const key of group) sets.union(group[0], key);
  const known = new Set(claims.map((c) => c.id));
  for (const link of sameClaimLinks) if (known.has(link.claimId)) sets.union(`l:${link.id}`, `c:${link.claimId}`);

  const byKey = new Map(places.map((p) => [p.key, p]));
  const claimByKey = new Map(claims.map((c) => [`c:${c.id}`, c]));
  const result = new Map<string, ReportCluster>();
  for (const keys of sets.groups()) {
    const groupClaims = keys.flatMap((k) => claimByKey.get(k) ?? []);
    const articleIds = [...new Set(keys.map((k) => byKey.get(k)!.articleId))];
    if (articleIds.length < 2 || groupClaims.length === 0) continue;
    const dated = articleIds.flatMap((id) => articles.get(id) ?? []).map((ref) => ({ ref, title: ref.title, publishedAt: ref.publishedAt ? new Date(ref.publishedAt) : null }));
    const appearances = byPublication(dated).map((a) => a.ref);
    const first = appearances.find((a) => a.publishedAt !== null) ?? null;
    const firstClaim = (first && groupClaims.find((c) => c.articleId === first.id)) ?? groupClaims[0];
    const verdicts = groupClaims.map((c) => c.verdict);
    const cluster: ReportCluster = {
      key: firstClaim.id,
      statement: firstClaim.exact,
      appearances,
      firstAppearance: first,
      verdicts: ratedVerdicts(verdicts),
      agree: !verdictsDisagree(verdicts),
      claimIds: groupClaims.map((c) => c.id),
    };
    for (const claim of groupClaims) result.set(claim.id, cluster);
  }
  return result;
}

/** The clusters of a set of claims, each once, in order of their statements' first appearance. */
export function distinctClusters(clusters: Iterable<ReportCluster>): ReportCluster[] {
  const unique = [...new Map([...clusters].map((c) => [c.key, c])).values()];
  return unique.sort((a, b) => {
    const da = a.firstAppearance?.publishedAt ?? "9999";
    const db = b.firstAppearance?.publishedAt ?? "9999";
    return da.localeCompare(db) || a.statement.localeCompare(b.statement);
  });
}
