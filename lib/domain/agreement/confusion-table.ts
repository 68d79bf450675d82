/** How often the left rater said row while the right said column: cells[row][column]. */
export interface ConfusionTable<T extends string> {
  categories: T[];
  cells: Record<T, Record<T, number>>;
}

/** The confusion table of paired ratings over the given categories (others are ignored). */
export function confusionTable<T extends string>(pairs: ReadonlyArray<readonly [T, T]>, categories: readonly T[]): ConfusionTable<T> {
  const cells = {} as Record<T, Record<T, number>>;
  for (const r of categories) {
    cells[r] = {} as Record<T, number>;
    for (const c of categories) cells[r][c] = 0;
  }
  for (const [a, b] of pairs) if (a in cells && b in cells[a]) cells[a][b] += 1;
  return { categories: [...categories], cells };
}
