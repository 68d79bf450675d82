import { countVerdicts, type Verdict } from "@/lib/domain/claims/verdicts";
import type { ClaimView } from "@/lib/server/claims/claim-view";

/** The claims as the sidebar lists them: placed ones in reading order (ids), then the orphans. */
export interface ReadingOrder {
  placed: readonly string[];
  orphans: readonly string[];
}

export type ClaimCounts = Record<Verdict, number> & { total: number; recheck: number };

/** Placed claims by where they start (the longer first at one start), orphans apart. */
export function readingOrder(claims: readonly ClaimView[]): ReadingOrder {
  const placed = claims
    .filter((c) => !c.orphaned)
    .sort((a, b) => a.anchor.position.start - b.anchor.position.start || b.anchor.position.end - a.anchor.position.end)
    .map((c) => c.id);
  return { placed, orphans: claims.filter((c) => c.orphaned).map((c) => c.id) };
}

/**
 * Whether two lists hold the same claims at the same places (ids, revision,
 * anchor positions, orphaned): a re-rating or a new rationale leaves the
 * layout as it was, so the order and the highlights need no work.
 */
export function sameLayout(a: readonly ClaimView[], b: readonly ClaimView[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.id !== y.id || x.revisionId !== y.revisionId || x.orphaned !== y.orphaned) return false;
    if (x.anchor.position.start !== y.anchor.position.start || x.anchor.position.end !== y.anchor.position.end) return false;
  }
  return true;
}

/** Claims per verdict, in all, and how many to check again after a correction. */
export function claimCounts(claims: readonly ClaimView[]): ClaimCounts {
  let recheck = 0;
  for (const claim of claims) if (claim.textChange) recheck += 1;
  return { ...countVerdicts(claims), total: claims.length, recheck };
}
