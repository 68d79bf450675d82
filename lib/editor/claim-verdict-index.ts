/**
 * Each claim's verdict written on its highlight spans as `data-verdict`, so
 * re-rating one claim touches only that claim's spans: one attribute each,
 * restyled by four static CSS rules. (A stylesheet listing 2,000 claim
 * selectors per verdict made the browser re-match every span on each change:
 * 100-145 ms for one re-rating.) The claim mark's mark view registers its
 * spans here; `sync` takes the claims list after each change.
 */
export class ClaimVerdictIndex {
  private verdicts = new Map<string, string>();
  private spans = new Map<string, Set<HTMLElement>>();

  /** Takes the current verdicts; only claims whose verdict changed (or that went) touch the DOM. */
  sync(claims: readonly { id: string; verdict: string }[]) {
    const seen = new Set<string>();
    for (const claim of claims) {
      seen.add(claim.id);
      if (this.verdicts.get(claim.id) === claim.verdict) continue;
      this.verdicts.set(claim.id, claim.verdict);
      for (const span of this.spans.get(claim.id) ?? []) span.setAttribute("data-verdict", claim.verdict);
    }
    for (const id of this.verdicts.keys()) {
      if (seen.has(id)) continue;
      this.verdicts.delete(id);
      for (const span of this.spans.get(id) ?? []) span.removeAttribute("data-verdict");
    }
  }

  /** A span of claim `id` was drawn: give it the verdict; returns its removal. */
  attach(id: string, span: HTMLElement): () => void {
    let set = this.spans.get(id);
    if (!set) this.spans.set(id, (set = new Set()));
    set.add(span);
    const verdict = this.verdicts.get(id);
    if (verdict) span.setAttribute("data-verdict", verdict);
    return () => {
      set.delete(span);
      if (set.size === 0 && this.spans.get(id) === set) this.spans.delete(id);
    };
  }
}
