import search from "approx-string-match";

import { splitsSurrogatePair, type Anchor, type TextQuoteSelector } from "@/lib/domain/anchoring/selectors";

/** How an anchor was placed in the new text, from most to least certain. */
export type ReanchorStatus = "exact" | "quote" | "fuzzy" | "orphan";

export type PlacedAnchor = { status: "exact" | "quote" | "fuzzy"; start: number; end: number; score: number };
/** An anchor that could not be placed. It is shown to the user, never dropped. */
export type OrphanAnchor = { status: "orphan"; start?: undefined; end?: undefined; score?: number };
export type ReanchorResult = PlacedAnchor | OrphanAnchor;

/** Fuzzy matches scoring below this (0..1) are orphans. */
export const MIN_FUZZY_SCORE = 0.5;
/** Quote similarity counts most, then each side's context, then nearness to the old position. */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const WEIGHT_SUM = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;
/** More exact occurrences than this are not worth scoring one by one. */
const MAX_CANDIDATES = 1_000;

/**
 * Place an anchor in a changed text (UTF-16 offsets throughout):
 * 1. "exact": the old range still holds the quote;
 * 2. "quote": the quote occurs verbatim elsewhere (several occurrences are
 *    told apart by prefix/suffix context and nearness to the old range);
 * 3. "fuzzy": an approximate match within min(256, len/4) edits, scored on
 *    quote similarity, context and position (as in Hypothesis' match-quote);
 * 4. "orphan" when nothing scores at least MIN_FUZZY_SCORE.
 */
export function reanchor(anchor: Anchor, newText: string): ReanchorResult {
  const { quote } = anchor;
  const { start, end } = anchor.position;
  if (quote.exact.length === 0) return { status: "orphan" };
  if (end - start === quote.exact.length && newText.startsWith(quote.exact, start)) {
    return { status: "exact", start, end, score: 1 };
  }
  const verbatim = findQuote(newText, quote, start);
  if (verbatim) return { status: "quote", ...verbatim };

  const fuzzy = findFuzzyQuote(newText, quote, start);
  if (fuzzy && fuzzy.score >= MIN_FUZZY_SCORE) return { status: "fuzzy", ...fuzzy };
  return fuzzy ? { status: "orphan", score: fuzzy.score } : { status: "orphan" };
}

/** Re-anchor many anchors against one new text; results keep the input order. */
export function reanchorAll(anchors: readonly Anchor[], newText: string): ReanchorResult[] {
  return anchors.map((anchor) => reanchor(anchor, newText));
}

type Scored = { start: number; end: number; score: number };

/**
 * Best verbatim occurrence of the quote in `text`, or null when there is none.
 * `hint` is where the quote used to start; it only breaks ties between
 * occurrences with equally good context.
 */
export function findQuote(text: string, quote: TextQuoteSelector, hint = 0): Scored | null {
  const { exact } = quote;
  const starts: number[] = [];
  for (let i = text.indexOf(exact); i >= 0 && starts.length < MAX_CANDIDATES; i = text.indexOf(exact, i + 1)) {
    starts.push(i);
  }
  if (starts.length === 0) return null;
  if (starts.length === 1) return { start: starts[0], end: starts[0] + exact.length, score: 1 };
  return best(starts.map((s) => score(text, quote, hint, s, s + exact.length, 0)));
}

function findFuzzyQuote(text: string, quote: TextQuoteSelector, hint: number): Scored | null {
  const { exact } = quote;
  const maxErrors = Math.min(256, Math.floor(exact.length / 4));
  if (maxErrors === 0 || text.length === 0) return null;

  // Claims mostly move a little: search near the old place first and scan
  // the whole text (linear in its length) only when that finds nothing good.
  const margin = Math.max(2_000, 4 * exact.length);
  const from = Math.max(0, hint - margin);
  const to = Math.min(text.length, hint + exact.length + margin);
  const near = fuzzyIn(text, quote, hint, from, to, maxErrors);
  if ((near && near.score >= MIN_FUZZY_SCORE) || (from === 0 && to === text.length)) return near;
  const anywhere = fuzzyIn(text, quote, hint, 0, text.length, maxErrors);
  return near && (!anywhere || near.score >= anywhere.score) ? near : anywhere;
}

function fuzzyIn(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  from: number,
  to: number,
  maxErrors: number,
): Scored | null {
  const matches = search(text.slice(from, to), quote.exact, maxErrors);
  if (matches.length === 0) return null;
  return best(
    matches.map((m) => {
      let start = from + m.start;
      let end = from + m.end;
      // A match may begin or end between the halves of an emoji; take the whole character.
      if (splitsSurrogatePair(text, start)) start -= 1;
      if (splitsSurrogatePair(text, end)) end += 1;
      return score(text, quote, hint, start, end, m.errors);
    }),
  );
}

/** Weighted similarity (0..1) of a candidate range to the anchor. */
function score(text: string, quote: TextQuoteSelector, hint: number, start: number, end: number, errors: number) {
  const quoteScore = 1 - errors / quote.exact.length;
  const prefixScore = similarity(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix);
  const suffixScore = similarity(text.slice(end, end + quote.suffix.length), quote.suffix);
  const positionScore = text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(start - hint) / text.length);
  const raw =
    WEIGHT.quote * quoteScore +
    WEIGHT.prefix * prefixScore +
    WEIGHT.suffix * suffixScore +
    WEIGHT.position * positionScore;
  return { start, end, score: raw / WEIGHT_SUM };
}

/** 1 - (edits to find `expected` in `actual`) / its length; missing context is neutral. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual === expected) return 1;
  if (actual.length === 0) return 0;
  const [match] = search(actual, expected, expected.length);
  return match ? 1 - match.errors / expected.length : 0;
}

function best(candidates: Scored[]): Scored {
  return candidates.reduce((a, b) => (b.score > a.score ? b : a));
}
