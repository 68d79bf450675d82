import type { Tx } from "@/lib/db";
import { placedRecords, planReanchoring } from "@/lib/domain/anchoring/plan-reanchoring";

/**
 * Moves every link that points into a corrected article onto its new
 * revision, inside the correction's transaction: the same re-anchoring as
 * claims (position, then quote, then fuzzy match). A target that cannot be
 * placed becomes an orphan that keeps its last anchor and stays listed.
 * @returns how many links were placed and the ids of the orphans
 */
export async function reanchorPassageLinks(tx: Tx, target: { articleId: string; revisionId: string; plainText: string }) {
  const links = await tx.passageLink.findMany({
    where: { targetArticleId: target.articleId },
    select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, orphaned: true },
  });
  const plan = planReanchoring(links, target.plainText);
  if (plan.placed.length > 0) {
    await tx.$executeRaw`
      UPDATE "PassageLink" AS l
         SET "targetRevisionId" = ${target.revisionId}, exact = v.exact, prefix = v.prefix, suffix = v.suffix,
             start = v.start, "end" = v."end", orphaned = false, version = l.version + 1, "updatedAt" = now()
        FROM jsonb_to_recordset(${JSON.stringify(placedRecords(plan))}::jsonb)
             AS v(id text, exact text, prefix text, suffix text, start int, "end" int)
       WHERE l.id = v.id`;
  }
  if (plan.newlyOrphaned.length > 0) {
    await tx.passageLink.updateMany({ where: { id: { in: plan.newlyOrphaned } }, data: { orphaned: true, version: { increment: 1 } } });
  }
  return { reanchored: plan.placed.length, orphans: plan.orphans };
}
