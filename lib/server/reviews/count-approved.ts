import "server-only";
import { getDb, type Tx } from "@/lib/db";
import { loadClaimReviewStates } from "@/lib/server/reviews/claim-review-states";

/** Live claims whose approval holds, per article (every article present), and which articles are signed off now. */
export async function countApprovedByArticle(articleIds: readonly string[], tx: Tx = getDb()) {
  const approved = new Map(articleIds.map((id) => [id, 0]));
  if (articleIds.length === 0) return { approved, signedOff: new Set<string>() };
  const [claims, signOffs] = await Promise.all([
    tx.claim.findMany({ where: { articleId: { in: [...articleIds] }, deletedAt: null }, select: { id: true, articleId: true } }),
    tx.articleSignOff.findMany({ where: { articleId: { in: [...articleIds] }, supersededAt: null }, select: { articleId: true } }),
  ]);
  const states = await loadClaimReviewStates(tx, claims.map((c) => c.id));
  for (const claim of claims) if (states.get(claim.id)?.state === "APPROVED") approved.set(claim.articleId, (approved.get(claim.articleId) ?? 0) + 1);
  return { approved, signedOff: new Set(signOffs.map((s) => s.articleId)) };
}
