import { z } from "zod";

import { AppError } from "@/lib/domain/errors";

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;
/** Longest quote an anchor may hold (UTF-16 code units); a claim is a passage, not an article. */
export const MAX_QUOTE_LENGTH = 20_000;
/** Longest prefix/suffix accepted from clients; W3C imports may carry more than CONTEXT_LENGTH. */
export const MAX_CONTEXT_LENGTH = 1_000;

export const textQuoteSelectorSchema = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1, "A quote cannot be empty.").max(MAX_QUOTE_LENGTH, "That quote is too long."),
  prefix: z.string().max(MAX_CONTEXT_LENGTH),
  suffix: z.string().max(MAX_CONTEXT_LENGTH),
});

/** Offsets are UTF-16 code units of the revision's plain text (code points only in W3C exports). */
export const textPositionSelectorSchema = z
  .object({
    type: z.literal("TextPositionSelector"),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((p) => p.end > p.start, { message: "A range must end after it starts.", path: ["end"] });

export const anchorSchema = z
  .object({ quote: textQuoteSelectorSchema, position: textPositionSelectorSchema })
  .refine((a) => a.position.end - a.position.start === a.quote.exact.length, {
    message: "The quote does not match the length of the range.",
    path: ["position"],
  });

export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;
/** Where a claim or passage sits: the quoted text with context, plus its range. */
export type Anchor = z.infer<typeof anchorSchema>;

/**
 * Anchor the range [start, end) of `text` (UTF-16 offsets). A range edge that
 * falls inside a surrogate pair is widened to cover the whole character;
 * prefix and suffix (up to CONTEXT_LENGTH) are shortened instead, so no
 * selector ever holds half a character.
 * @throws AppError VALIDATION for an empty or out-of-range selection.
 */
export function createAnchor(text: string, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new AppError("VALIDATION", "The selection lies outside the article text.");
  }
  if (end <= start) {
    throw new AppError("VALIDATION", "Select some text first.");
  }
  if (splitsSurrogatePair(text, start)) start -= 1;
  if (splitsSurrogatePair(text, end)) end += 1;
  if (end - start > MAX_QUOTE_LENGTH) {
    throw new AppError("VALIDATION", `A quote can be at most ${MAX_QUOTE_LENGTH} characters long.`);
  }

  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;

  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}

/** The text the anchor's position selects in `text` (which may no longer equal its quote). */
export function anchorText(text: string, anchor: Anchor): string {
  return text.slice(anchor.position.start, anchor.position.end);
}

/** True when a UTF-16 offset falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
