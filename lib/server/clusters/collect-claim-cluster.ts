import "server-only";
import type { Tx } from "@/lib/db";
import { overlaps, type Place } from "@/lib/domain/claims/cluster-rules";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import { articleClaimsWhere } from "@/lib/server/agreement/visible-claims-where";

/** Walks stop here; a statement carried by more claims than this is shown as truncated. */
const MAX_CLAIMS = 500;
const MAX_ROUNDS = 50;

const claimSelect = {
  id: true, articleId: true, revisionId: true, start: true, end: true, exact: true, verdict: true, orphaned: true,
} as const;
const linkSelect = {
  id: true, claimId: true, targetArticleId: true, targetRevisionId: true, start: true, end: true, exact: true, orphaned: true,
  claim: { select: claimSelect },
} as const;

export interface ClusterClaim {
  id: string; articleId: string; revisionId: string; start: number; end: number;
  exact: string; verdict: Verdict; orphaned: boolean;
}
export interface ClusterLink {
  id: string; claimId: string; targetArticleId: string; targetRevisionId: string; start: number; end: number;
  exact: string; orphaned: boolean; claim: ClusterClaim;
}

export const claimPlace = (c: ClusterClaim): Place => ({ key: `c:${c.id}`, articleId: c.articleId, revisionId: c.revisionId, start: c.start, end: c.end, orphaned: c.orphaned });
export const linkPlace = (l: ClusterLink): Place => ({ key: `l:${l.id}`, articleId: l.targetArticleId, revisionId: l.targetRevisionId, start: l.start, end: l.end, orphaned: l.orphaned });

/**
 * The claims and SAME_CLAIM links connected to a claim (breadth first, a few
 * queries per step): a claim reaches the passages it links to; a passage
 * reaches the live claims of its article it overlaps and the other SAME_CLAIM
 * links that point at the same words; those links reach their claims.
 */
export async function collectClaimCluster(db: Tx, workspaceId: string, start: ClusterClaim) {
  const claims = new Map([[start.id, start]]);
  const links = new Map<string, ClusterLink>();
  const byArticle = new Map<string, { claims: ClusterClaim[]; incoming: ClusterLink[] }>();
  let newClaims: ClusterClaim[] = [start];
  let newLinks: ClusterLink[] = [];
  let rounds = 0;
  while ((newClaims.length > 0 || newLinks.length > 0) && rounds < MAX_ROUNDS && claims.size < MAX_CLAIMS) {
    rounds += 1;
    if (newClaims.length > 0) {
      const outgoing = await db.passageLink.findMany({
        where: { workspaceId, relation: "SAME_CLAIM", claimId: { in: newClaims.map((c) => c.id) }, claim: articleClaimsWhere },
        select: linkSelect,
      });
      for (const link of outgoing) {
        if (links.has(link.id)) continue;
        links.set(link.id, link);
        newLinks.push(link);
      }
    }
    const touched = new Set([...newClaims.map((c) => c.articleId), ...newLinks.map((l) => l.targetArticleId)]);
    const unseen = [...touched].filter((id) => !byArticle.has(id));
    if (unseen.length > 0) {
      const articleClaims = await db.claim.findMany({ where: { ...articleClaimsWhere, workspaceId, articleId: { in: unseen }, deletedAt: null }, select: claimSelect });
      const incoming = await db.passageLink.findMany({
        where: { workspaceId, relation: "SAME_CLAIM", targetArticleId: { in: unseen }, claim: { ...articleClaimsWhere, deletedAt: null } },
        select: linkSelect,
      });
      for (const id of unseen) {
        byArticle.set(id, { claims: articleClaims.filter((c) => c.articleId === id), incoming: incoming.filter((l) => l.targetArticleId === id) });
      }
    }
    newClaims = [];
    newLinks = [];
    for (const articleId of touched) {
      const known = [...claims.values()].filter((c) => c.articleId === articleId).map(claimPlace);
      const targets = [...links.values()].filter((l) => l.targetArticleId === articleId).map(linkPlace);
      const here = byArticle.get(articleId)!;
      // A linked passage stands for the claims of its article it overlaps...
      for (const claim of here.claims) {
        if (claims.has(claim.id) || !targets.some((t) => overlaps(t, claimPlace(claim)))) continue;
        claims.set(claim.id, claim);
        newClaims.push(claim);
      }
      // ...and for every other SAME_CLAIM link to the same words, which brings in that link's claim.
      for (const link of here.incoming) {
        if (links.has(link.id) || ![...known, ...targets].some((p) => overlaps(p, linkPlace(link)))) continue;
        links.set(link.id, link);
        newLinks.push(link);
        if (claims.has(link.claim.id)) continue;
        claims.set(link.claim.id, link.claim);
        newClaims.push(link.claim);
      }
    }
  }
  const truncated = newClaims.length > 0 || newLinks.length > 0;
  return { claims: [...claims.values()], links: [...links.values()], truncated };
}
export type CollectedCluster = Awaited<ReturnType<typeof collectClaimCluster>>;
