/**
 * Disjoint sets over string keys (union by size, path halving): which
 * things end up joined after a list of "these two belong together".
 */
export class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();

  /** Adds a key as its own set (no-op when present). */
  add(key: string): void {
    if (this.parent.has(key)) return;
    this.parent.set(key, key);
    this.size.set(key, 1);
  }

  /** The representative of the key's set; unknown keys are added first. */
  find(key: string): string {
    this.add(key);
    let k = key;
    while (this.parent.get(k) !== k) {
      const grand = this.parent.get(this.parent.get(k)!)!;
      this.parent.set(k, grand);
      k = grand;
    }
    return k;
  }

  /** Joins the sets of a and b. */
  union(a: string, b: string): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.size.get(ra)! < this.size.get(rb)!) [ra, rb] = [rb, ra];
    this.parent.set(rb, ra);
    this.size.set(ra, this.size.get(ra)! + this.size.get(rb)!);
  }

  /** Every set, each as its keys in insertion order; sets ordered by their first key. */
  groups(): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const key of this.parent.keys()) {
      const root = this.find(key);
      const group = byRoot.get(root);
      if (group) group.push(key);
      else byRoot.set(root, [key]);
    }
    return [...byRoot.values()];
  }
}
