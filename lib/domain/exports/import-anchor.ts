import { reanchor } from "@/lib/domain/anchoring/reanchor";
import { createAnchor, CONTEXT_LENGTH, MAX_QUOTE_LENGTH, type Anchor } from "@/lib/domain/anchoring/selectors";
import { createCodePointIndex, type CodePointIndex } from "@/lib/domain/anchoring/code-points";
import type { ParsedSelectors } from "@/lib/domain/exports/w3c-import-parse";

/** How an imported target was placed: exactly (its position or verbatim quote), fuzzily, or not at all. */
export type ImportPlacement =
  | { status: "exact" | "fuzzy"; anchor: Anchor }
  | { status: "orphan"; reason: string; quote: string | null };

/**
 * Places an imported target in an article's text with the re-anchoring that
 * corrections use (lib/domain/anchoring/reanchor: position with exact check,
 * unique exact quote, fuzzy match scored with prefix/suffix): the W3C
 * selectors' code point offsets are converted to UTF-16 first. A target with
 * only a position is taken at that position. Pass the text's code point
 * index when placing many targets in one text: building it reads the whole text.
 */
export function placeImportedTarget(text: string, selectors: ParsedSelectors, index: CodePointIndex = createCodePointIndex(text)): ImportPlacement {
  let start: number | null = null;
  let end: number | null = null;
  if (selectors.position && selectors.position.end <= index.codePointLength) {
    start = index.toUtf16(selectors.position.start);
    end = index.toUtf16(selectors.position.end);
  }
  const quote = selectors.quote && selectors.quote.exact.length <= MAX_QUOTE_LENGTH ? selectors.quote : undefined;
  if (selectors.quote && !quote) return { status: "orphan", reason: `Its quote is longer than ${MAX_QUOTE_LENGTH} characters.`, quote: selectors.quote.exact.slice(0, 200) };
  if (!quote) {
    if (start !== null && end !== null && end > start) return { status: "exact", anchor: createAnchor(text, start, end) };
    return { status: "orphan", reason: selectors.unresolved ? `Only ${selectors.unresolved} locates it.` : "It has no quote and no position in this text.", quote: null };
  }
  const hint = start ?? 0;
  const placed = reanchor(
    {
      quote: { type: "TextQuoteSelector", exact: quote.exact, prefix: (quote.prefix ?? "").slice(-CONTEXT_LENGTH * 4), suffix: (quote.suffix ?? "").slice(0, CONTEXT_LENGTH * 4) },
      position: { type: "TextPositionSelector", start: hint, end: hint + quote.exact.length },
    },
    text,
  );
  if (placed.status === "orphan") return { status: "orphan", reason: "Its quote is not in this text, not even approximately.", quote: quote.exact };
  return { status: placed.status === "fuzzy" ? "fuzzy" : "exact", anchor: createAnchor(text, placed.start, placed.end) };
}
