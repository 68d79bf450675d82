/**
 * A suggestion scoring below this shares little more than a common word with
 * the claim (an unrelated "evacuate them" scored 0.18 for a spillway claim):
 * it is no likely match. The API still returns weaker ones (recall); the
 * annotator shows them only on request, under a "no likely match" note.
 */
export const LIKELY_MATCH_SCORE = 0.3;

/** Splits ranked suggestions into likely matches and the weaker rest. */
export function splitLikely<T extends { score: number }>(items: readonly T[]): { likely: T[]; weaker: T[] } {
  return { likely: items.filter((s) => s.score >= LIKELY_MATCH_SCORE), weaker: items.filter((s) => s.score < LIKELY_MATCH_SCORE) };
}
