import "server-only";
import type { Tx } from "@/lib/db";
import { planReanchoring } from "@/lib/domain/anchoring/plan-reanchoring";
import { orphanDuplicateLinks } from "@/lib/domain/links/orphan-duplicate-links";
import { applyReanchorPlan } from "@/lib/server/articles/apply-reanchor-plan";

/**
 * Moves every link that points into a corrected article onto its new
 * revision, inside the correction's transaction: the same re-anchoring as
 * claims (position, then quote, then fuzzy match). A target that cannot be
 * placed becomes an orphan that keeps its last anchor and stays listed; so
 * does a second link of one claim that would land on the same words.
 * @returns how many links were placed and the ids of the orphans
 */
export async function reanchorPassageLinks(tx: Tx, target: { articleId: string; revisionId: string; plainText: string }) {
  const links = await tx.passageLink.findMany({
    where: { targetArticleId: target.articleId },
    select: { id: true, claimId: true, exact: true, prefix: true, suffix: true, start: true, end: true, orphaned: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const plan = orphanDuplicateLinks(planReanchoring(links, target.plainText), links);
  await applyReanchorPlan(tx, "PassageLink", target.revisionId, plan);
  return { reanchored: plan.placed.length, orphans: plan.orphans };
}
