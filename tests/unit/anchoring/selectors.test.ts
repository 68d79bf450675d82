import { describe, expect, it } from "vitest";

import {
  anchorSchema,
  anchorText,
  CONTEXT_LENGTH,
  createAnchor,
  splitsSurrogatePair,
} from "@/lib/domain/anchoring/selectors";
import { AppError } from "@/lib/domain/errors";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const TEXT =
  "Beijing refused to call it an invasion.\n\nForeign ministry spokeswoman Hua Chunying said China respected sovereignty. " +
  "She blamed NATO expansion for the crisis.";

describe("createAnchor", () => {
  it("stores the quote, 32 characters of context and the range", () => {
    const start = TEXT.indexOf("Hua Chunying");
    const anchor = createAnchor(TEXT, start, start + "Hua Chunying".length);
    expect(anchor.quote).toEqual({
      type: "TextQuoteSelector",
      exact: "Hua Chunying",
      prefix: TEXT.slice(start - CONTEXT_LENGTH, start),
      suffix: TEXT.slice(start + 12, start + 12 + CONTEXT_LENGTH),
    });
    expect(anchor.position).toEqual({ type: "TextPositionSelector", start, end: start + 12 });
    expect(anchorSchema.safeParse(anchor).success).toBe(true);
  });

  it("round-trips through anchorText for every range of a short text", () => {
    const text = "Hua said: «No» — 中国 🇨🇳 مرحبا";
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        const anchor = createAnchor(text, start, end);
        expect(anchorText(text, anchor)).toBe(anchor.quote.exact);
        expect(text.slice(anchor.position.start, anchor.position.end)).toBe(anchor.quote.exact);
      }
    }
  });

  it("keeps short context at the edges of the text", () => {
    const anchor = createAnchor("short text", 0, 5);
    expect(anchor.quote.prefix).toBe("");
    expect(anchor.quote.suffix).toBe(" text");
  });

  it("widens a range that would split an emoji and never splits one in the context", () => {
    const text = "a😀b";
    const anchor = createAnchor(text, 2, 4); // starts inside the surrogate pair
    expect(anchor.quote.exact).toBe("😀b");
    expect(anchor.position).toMatchObject({ start: 1, end: 4 });
    expect(createAnchor(text, 0, 2).quote.exact).toBe("a😀"); // ends inside it

    const long = "😀".repeat(40) + "X" + "😀".repeat(40);
    const x = long.indexOf("X");
    const around = createAnchor(long, x, x + 1);
    expect(around.quote.prefix).toBe("😀".repeat(16));
    expect(around.quote.suffix).toBe("😀".repeat(16));
    for (const part of [around.quote.exact, around.quote.prefix, around.quote.suffix]) {
      expect(part).not.toMatch(LONE_SURROGATE);
    }
    // Here 32 units back lands inside a pair, so the prefix shrinks to 31 units.
    const odd = "😀".repeat(40) + "aX" + "b" + "😀".repeat(40);
    const y = odd.indexOf("X");
    expect(splitsSurrogatePair(odd, y - CONTEXT_LENGTH)).toBe(true);
    const shifted = createAnchor(odd, y, y + 1);
    expect(shifted.quote.prefix).toBe("😀".repeat(15) + "a");
    expect(shifted.quote.suffix).toBe("b" + "😀".repeat(15));
  });

  it("rejects empty and out-of-range selections with AppError VALIDATION", () => {
    for (const [s, e] of [
      [3, 3],
      [5, 2],
      [-1, 2],
      [0, TEXT.length + 1],
      [0.5, 2],
    ]) {
      try {
        createAnchor(TEXT, s, e);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe("VALIDATION");
      }
    }
  });
});

describe("anchorSchema", () => {
  it("rejects anchors whose quote does not fit the range", () => {
    const anchor = createAnchor(TEXT, 0, 7);
    expect(anchorSchema.safeParse({ ...anchor, position: { ...anchor.position, end: 8 } }).success).toBe(false);
    expect(anchorSchema.safeParse({ ...anchor, quote: { ...anchor.quote, exact: "" } }).success).toBe(false);
    expect(anchorSchema.safeParse({ ...anchor, quote: { ...anchor.quote, type: "Other" } }).success).toBe(false);
    expect(anchorSchema.safeParse({ quote: anchor.quote }).success).toBe(false);
  });
});
