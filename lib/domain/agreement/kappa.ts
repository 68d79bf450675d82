/**
 * Chance-corrected agreement on nominal categories: Cohen's kappa (two
 * raters), Fleiss' kappa (many raters, complete data) and observed agreement.
 *
 * Undefined cases are given a value, never NaN (so JSON stays valid):
 * - nothing to compare (no items) → null;
 * - every rating in one single category (expected agreement = 1, so the
 *   formula is 0/0) → 1 when everyone agreed, which is then always the case.
 *   The figures are shown beside the number of matched claims, so a 1 on
 *   three claims in one category reads for what it is.
 */

/** Share of items on which two raters gave the same category; null with no items. */
export function observedAgreement<T>(pairs: ReadonlyArray<readonly [T, T]>): number | null {
  if (pairs.length === 0) return null;
  return pairs.filter(([a, b]) => a === b).length / pairs.length;
}

/**
 * Cohen's kappa for two raters from their paired ratings:
 * κ = (pₒ − pₑ) / (1 − pₑ), pₑ from each rater's own marginal shares.
 */
export function cohenKappa<T>(pairs: ReadonlyArray<readonly [T, T]>): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const po = observedAgreement(pairs)!;
  const left = new Map<T, number>();
  const right = new Map<T, number>();
  for (const [a, b] of pairs) {
    left.set(a, (left.get(a) ?? 0) + 1);
    right.set(b, (right.get(b) ?? 0) + 1);
  }
  let pe = 0;
  for (const [cat, count] of left) pe += (count / n) * ((right.get(cat) ?? 0) / n);
  if (pe >= 1) return 1;
  return (po - pe) / (1 - pe);
}

/**
 * Fleiss' kappa from a table of counts: one row per subject, one column per
 * category, each row summing to the same number of raters (≥ 2).
 * @throws Error when rows have different totals or fewer than two raters
 */
export function fleissKappa(counts: ReadonlyArray<ReadonlyArray<number>>): number | null {
  const N = counts.length;
  if (N === 0) return null;
  const n = counts[0].reduce((s, x) => s + x, 0);
  if (n < 2) throw new Error("Fleiss' kappa needs at least two ratings per subject.");
  const k = counts[0].length;
  const columnTotals = new Array<number>(k).fill(0);
  let sumPi = 0;
  for (const row of counts) {
    if (row.reduce((s, x) => s + x, 0) !== n) throw new Error("Fleiss' kappa needs the same number of ratings for every subject.");
    let agreeingPairs = 0;
    row.forEach((x, j) => {
      columnTotals[j] += x;
      agreeingPairs += x * (x - 1);
    });
    sumPi += agreeingPairs / (n * (n - 1));
  }
  const pBar = sumPi / N;
  const pe = columnTotals.reduce((s, t) => s + (t / (N * n)) ** 2, 0);
  if (pe >= 1) return 1;
  return (pBar - pe) / (1 - pe);
}

/** Fleiss' count table from units rated by every rater (one category per rater). */
export function countTable<T>(units: ReadonlyArray<ReadonlyArray<T>>, categories: readonly T[]): number[][] {
  return units.map((ratings) => categories.map((c) => ratings.filter((r) => r === c).length));
}
