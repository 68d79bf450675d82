/**
 * Krippendorff's alpha for nominal data with missing values (Krippendorff
 * 2011, "Computing Krippendorff's Alpha-Reliability"): α = 1 − Dₒ/Dₑ from
 * the coincidence matrix of values pairable within units.
 *
 * Each unit lists the values its observers gave, null where an observer gave
 * none. Units with fewer than two values are not pairable and are left out.
 * Returns null when fewer than two values are pairable in all; 1 when every
 * pairable value is the same category (Dₑ = 0: nothing to disagree on), as
 * documented beside the kappas in ./kappa.ts.
 */
export function krippendorffAlphaNominal<T>(units: ReadonlyArray<ReadonlyArray<T | null | undefined>>): number | null {
  // o[c][k]: coincidences; n[c]: pairable values per category.
  const o = new Map<T, Map<T, number>>();
  const add = (c: T, k: T, w: number) => {
    const row = o.get(c) ?? new Map<T, number>();
    row.set(k, (row.get(k) ?? 0) + w);
    o.set(c, row);
  };
  for (const unit of units) {
    const values = unit.filter((v): v is T => v !== null && v !== undefined);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i], values[j], 1 / (m - 1));
  }
  const nc = new Map<T, number>();
  let n = 0;
  let disagreeObserved = 0;
  for (const [c, row] of o) {
    for (const [k, w] of row) {
      nc.set(c, (nc.get(c) ?? 0) + w);
      n += w;
      if (c !== k) disagreeObserved += w;
    }
  }
  if (n < 2) return null;
  let sumSquares = 0;
  for (const v of nc.values()) sumSquares += v * v;
  const disagreeExpected = (n * n - sumSquares) / (n * (n - 1));
  if (disagreeExpected <= 0) return 1;
  return 1 - disagreeObserved / n / disagreeExpected;
}
