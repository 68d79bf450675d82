import type { AnchoredRow, ReanchorPlan } from "@/lib/domain/anchoring/plan-reanchoring";

/**
 * A claim links to a passage at most once (a unique index on claim, revision,
 * start and end). A correction can move two links of one claim onto the same
 * words (say the sentence they quoted now appears once); the first keeps the
 * place and the others become orphans, shown and never dropped. Rows that were
 * placed before win over returning orphans; otherwise the earlier row wins.
 */
export function orphanDuplicateLinks(plan: ReanchorPlan, rows: readonly (AnchoredRow & { claimId: string })[]): ReanchorPlan {
  const rowById = new Map(rows.map((row, index) => [row.id, { row, index }]));
  const rank = (id: string) => {
    const { row, index } = rowById.get(id)!;
    return (row.orphaned ? rows.length : 0) + index;
  };
  const taken = new Set<string>();
  const demoted = new Set<string>();
  for (const { id, anchor } of [...plan.placed].sort((a, b) => rank(a.id) - rank(b.id))) {
    const key = JSON.stringify([rowById.get(id)!.row.claimId, anchor.position.start, anchor.position.end]);
    if (taken.has(key)) demoted.add(id);
    else taken.add(key);
  }
  if (demoted.size === 0) return plan;
  return {
    placed: plan.placed.filter((p) => !demoted.has(p.id)),
    orphans: [...plan.orphans, ...demoted],
    newlyOrphaned: [...plan.newlyOrphaned, ...[...demoted].filter((id) => !rowById.get(id)!.row.orphaned)],
    textChanged: plan.textChanged.filter((c) => !demoted.has(c.id)),
  };
}
