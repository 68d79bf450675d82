import { claimAccessibleName } from "@/lib/editor/claim-accessible-name";

/** What the index needs of a claim (a ClaimView fits). */
export interface IndexedClaim {
  id: string;
  verdict: string;
  anchor?: { quote: { exact: string } };
  textChange?: unknown;
}

interface SpanState {
  verdict: string;
  exact: string | undefined;
  textChanged: boolean;
  name: string;
}

/** The attributes the index writes on a claim span; the mark view ignores their mutations. */
export const CLAIM_SPAN_ATTRIBUTES = ["data-verdict", "aria-label"] as const;

/**
 * Each claim's verdict written on its highlight spans as `data-verdict`, with
 * an accessible name that says it (`aria-label`, see claimAccessibleName), so
 * re-rating one claim touches only that claim's spans: two attributes each,
 * restyled by four static CSS rules. (A stylesheet listing 2,000 claim
 * selectors per verdict made the browser re-match every span on each change:
 * 100-145 ms for one re-rating.) The claim mark's mark view registers its
 * spans here; `sync` takes the claims list after each change.
 */
export class ClaimVerdictIndex {
  private states = new Map<string, SpanState>();
  private spans = new Map<string, Set<HTMLElement>>();

  /** Takes the current claims; only claims whose verdict or wording changed (or that went) touch the DOM. */
  sync(claims: readonly IndexedClaim[]) {
    const seen = new Set<string>();
    for (const claim of claims) {
      seen.add(claim.id);
      const exact = claim.anchor?.quote.exact;
      const textChanged = Boolean(claim.textChange);
      const old = this.states.get(claim.id);
      if (old && old.verdict === claim.verdict && old.exact === exact && old.textChanged === textChanged) continue;
      const state = { verdict: claim.verdict, exact, textChanged, name: claimAccessibleName({ verdict: claim.verdict, exact, textChanged }) };
      this.states.set(claim.id, state);
      for (const span of this.spans.get(claim.id) ?? []) paint(span, state);
    }
    for (const id of this.states.keys()) {
      if (seen.has(id)) continue;
      this.states.delete(id);
      for (const span of this.spans.get(id) ?? []) unpaint(span);
    }
  }

  /** A span of claim `id` was drawn: give it the verdict and name; returns its removal. */
  attach(id: string, span: HTMLElement): () => void {
    let set = this.spans.get(id);
    if (!set) this.spans.set(id, (set = new Set()));
    set.add(span);
    // A named group: a screen reader announces the claim and its verdict, then reads its text.
    span.setAttribute("role", "group");
    const state = this.states.get(id);
    if (state) paint(span, state);
    return () => {
      set.delete(span);
      if (set.size === 0 && this.spans.get(id) === set) this.spans.delete(id);
    };
  }
}

function paint(span: HTMLElement, state: SpanState) {
  if (span.getAttribute("data-verdict") !== state.verdict) span.setAttribute("data-verdict", state.verdict);
  if (span.getAttribute("aria-label") !== state.name) span.setAttribute("aria-label", state.name);
}

function unpaint(span: HTMLElement) {
  span.removeAttribute("data-verdict");
  span.removeAttribute("aria-label");
}
