import { z } from "zod";

import { findQuote } from "@/lib/domain/anchoring/reanchor";
import { AppError } from "@/lib/domain/errors";
import {
  anchorSchema,
  createAnchor,
  type Anchor,
  type TextPositionSelector,
  type TextQuoteSelector,
} from "@/lib/domain/anchoring/selectors";

/*
 * The one place that converts UTF-16 offsets (what JavaScript strings, the
 * editor and the database use) to Unicode code point offsets (what W3C
 * Web Annotation exports count) and back. Only astral characters (emoji,
 * rare CJK, ...) take two UTF-16 units, so an index of where they sit is
 * enough to convert any offset with a binary search.
 */

/** Offsets of one text, converted both ways in O(log k) for k astral characters. */
export interface CodePointIndex {
  readonly text: string;
  /** Code point offset of a UTF-16 offset; an offset inside a surrogate pair counts as the pair's start. */
  toCodePoint(utf16: number): number;
  /** UTF-16 offset of a code point offset. */
  toUtf16(codePoint: number): number;
  /** Number of code points in the text. */
  readonly codePointLength: number;
}

/** Index `text` once, then convert many offsets against it. */
export function createCodePointIndex(text: string): CodePointIndex {
  // pairs[k]: UTF-16 offset of the k-th surrogate pair; its code point offset is pairs[k] - k.
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs.push(i);
        i++;
      }
    }
  }
  const codePointLength = text.length - pairs.length;

  return {
    text,
    codePointLength,
    toCodePoint(utf16) {
      checkOffset(utf16, text.length, "UTF-16");
      // Each pair starting before utf16 folds two units into one code point; an
      // offset inside a pair thereby lands on the pair's own code point offset.
      return utf16 - countBelow(pairs.length, (k) => pairs[k] < utf16);
    },
    toUtf16(codePoint) {
      checkOffset(codePoint, codePointLength, "code point");
      return codePoint + countBelow(pairs.length, (k) => pairs[k] - k < codePoint);
    },
  };
}

let cached: CodePointIndex | undefined;

/** Index for `text`, reusing the last one built: callers tend to convert many offsets of one text in a row. */
function indexFor(text: string): CodePointIndex {
  if (cached?.text !== text) cached = createCodePointIndex(text);
  return cached;
}

/** Code point offset of a UTF-16 offset in `text`. */
export function toCodePointOffset(text: string, utf16: number): number {
  return indexFor(text).toCodePoint(utf16);
}

/** UTF-16 offset of a code point offset in `text`. */
export function toUtf16Offset(text: string, codePoint: number): number {
  return indexFor(text).toUtf16(codePoint);
}

/** W3C selectors of an anchor, with the position counted in code points. */
export function anchorToW3C(text: string, anchor: Anchor): [TextQuoteSelector, TextPositionSelector] {
  const index = indexFor(text);
  return [
    { ...anchor.quote },
    {
      type: "TextPositionSelector",
      start: index.toCodePoint(anchor.position.start),
      end: index.toCodePoint(anchor.position.end),
    },
  ];
}

/**
 * Anchor (UTF-16) from W3C selectors counted in code points. With a position
 * selector the range is taken from it (and the quote from the selectors when
 * present, else from the text); the quote is not checked against the text,
 * so re-anchor afterwards. Without a position the occurrence of the quote
 * whose context best fits prefix and suffix is used.
 * @throws AppError VALIDATION when neither selector fits `text`.
 */
export function anchorFromW3C(text: string, selectors: readonly unknown[]): Anchor {
  const quote = pick(selectors, w3cQuoteSchema);
  const position = pick(selectors, w3cPositionSchema);
  const index = indexFor(text);

  if (position) {
    const start = index.toUtf16(position.start);
    const end = index.toUtf16(position.end);
    if (!quote) return createAnchor(text, start, end);
    const parsed = anchorSchema.safeParse({
      quote: { ...quote, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "" },
      position: { type: "TextPositionSelector", start, end },
    });
    if (!parsed.success) {
      throw new AppError("VALIDATION", "The annotation's selectors do not fit together.", parsed.error.issues);
    }
    return parsed.data;
  }
  if (quote) {
    // Several occurrences are told apart by the selector's prefix and suffix.
    const found = findQuote(text, { ...quote, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "" });
    if (found) return createAnchor(text, found.start, found.end);
    throw new AppError("VALIDATION", "The annotation's quote does not occur in the article text.");
  }
  throw new AppError("VALIDATION", "The annotation has no usable TextQuoteSelector or TextPositionSelector.");
}

// W3C makes prefix and suffix optional; ours always carry them (possibly empty).
const w3cQuoteSchema = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
const w3cPositionSchema = z.object({
  type: z.literal("TextPositionSelector"),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

function pick<T>(selectors: readonly unknown[], schema: z.ZodType<T>): T | undefined {
  for (const selector of selectors) {
    const parsed = schema.safeParse(selector);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

function checkOffset(offset: number, max: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new AppError("VALIDATION", `The ${unit} offset ${offset} lies outside the text (0-${max}).`);
  }
}

/** Number of leading k in [0, n) for which pred holds; pred must be true then false. */
function countBelow(n: number, pred: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
