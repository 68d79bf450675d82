/** A claim span of one checker: character offsets [start, end) in the revision's plain text. */
export interface Span {
  id: string;
  start: number;
  end: number;
}

/** EXACT: same start and end; OVERLAP: shared characters / characters of either ≥ threshold. */
export type MatchMode = "EXACT" | "OVERLAP";

/** The default overlap threshold (Jaccard on characters), adjustable in the API and on the dashboard. */
export const DEFAULT_OVERLAP_THRESHOLD = 0.5;

/**
 * How much two spans overlap: the characters they share over the characters
 * either covers (Jaccard, 0..1). Symmetric, 1 only for the same span.
 */
export function overlapRatio(a: Span, b: Span): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return 0;
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : shared / union;
}

/** Whether two spans count as the same claim under the mode. */
export function spansMatch(a: Span, b: Span, mode: MatchMode, threshold = DEFAULT_OVERLAP_THRESHOLD): boolean {
  if (mode === "EXACT") return a.start === b.start && a.end === b.end;
  return overlapRatio(a, b) >= threshold && overlapRatio(a, b) > 0;
}

/**
 * One-to-one matching of two checkers' spans: candidate pairs that match
 * under the mode, best overlap first (then reading order), each span used
 * once. Deterministic for the same input.
 */
export function matchSpans<A extends Span, B extends Span>(left: readonly A[], right: readonly B[], mode: MatchMode, threshold = DEFAULT_OVERLAP_THRESHOLD): [A, B][] {
  const candidates: { a: A; b: B; ratio: number }[] = [];
  for (const a of left) for (const b of right) if (spansMatch(a, b, mode, threshold)) candidates.push({ a, b, ratio: overlapRatio(a, b) });
  candidates.sort((x, y) => y.ratio - x.ratio || x.a.start - y.a.start || x.b.start - y.b.start || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
  const usedA = new Set<string>();
  const usedB = new Set<string>();
  const pairs: [A, B][] = [];
  for (const { a, b } of candidates) {
    if (usedA.has(a.id) || usedB.has(b.id)) continue;
    usedA.add(a.id);
    usedB.add(b.id);
    pairs.push([a, b]);
  }
  return pairs.sort(([a1], [a2]) => a1.start - a2.start);
}

/** Precision, recall and F1 of one checker (right) against another (left). */
export interface SpanScores {
  matched: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/**
 * Span agreement from counts: precision = matched / right's spans, recall =
 * matched / left's spans, F1 = 2·matched / (left + right), symmetric. A
 * checker with no spans gives null for the share it divides (0/0); F1 is
 * null only when neither found anything, and 0 when one found nothing.
 */
export function spanScores(matched: number, leftCount: number, rightCount: number): SpanScores {
  return {
    matched,
    precision: rightCount === 0 ? null : matched / rightCount,
    recall: leftCount === 0 ? null : matched / leftCount,
    f1: leftCount + rightCount === 0 ? null : (2 * matched) / (leftCount + rightCount),
  };
}
