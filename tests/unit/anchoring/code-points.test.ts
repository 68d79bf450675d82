import { describe, expect, it } from "vitest";

import {
  anchorFromW3C,
  anchorToW3C,
  createCodePointIndex,
  toCodePointOffset,
  toUtf16Offset,
} from "@/lib/domain/anchoring/code-points";
import { createAnchor } from "@/lib/domain/anchoring/selectors";
import { AppError } from "@/lib/domain/errors";

const SAMPLES: Record<string, string> = {
  emoji: "Xi 😀 met Putin 🙂!",
  zwjFamily: "family 👨‍👩‍👧‍👦 photo", // four astral people joined by U+200D
  flags: "🇨🇳 and 🇷🇺 and 🇺🇦", // regional indicator pairs: two astral code points each
  cjk: "中国外交部发言人华春莹表示", // BMP: one unit per character
  rareCjk: "𠀀𠀁 rare 𪚥 characters", // CJK extension B: astral
  arabic: "قالت وزارة الخارجية الصينية إن",
  hebrew: "שר החוץ של סין אמר",
  combining: "Ame\u0301lie and Zoe\u0308 cafe\u0301", // base letter + combining mark
  mixed: "מ😀ق👍🏽中e\u0301🇺🇦",
};

/** Reference: code points by iterating the string. */
function referenceCodePoint(text: string, utf16: number): number {
  return Array.from(text.slice(0, utf16)).length;
}

describe("code point conversion", () => {
  for (const [name, text] of Object.entries(SAMPLES)) {
    it(`agrees with string iteration for ${name}`, () => {
      const index = createCodePointIndex(text);
      expect(index.codePointLength).toBe(Array.from(text).length);
      let utf16 = 0;
      for (const [cp, char] of Array.from(text).entries()) {
        expect(toCodePointOffset(text, utf16)).toBe(cp);
        expect(toUtf16Offset(text, cp)).toBe(utf16);
        expect(index.toCodePoint(utf16)).toBe(referenceCodePoint(text, utf16));
        utf16 += char.length;
      }
      expect(toCodePointOffset(text, text.length)).toBe(index.codePointLength);
      expect(toUtf16Offset(text, index.codePointLength)).toBe(text.length);
    });
  }

  it("counts a ZWJ family and a flag as their code points, not as one glyph", () => {
    const family = "👨‍👩‍👧‍👦";
    expect(family.length).toBe(11);
    expect(toCodePointOffset(family, family.length)).toBe(7);
    expect(toCodePointOffset("🇨🇳", 4)).toBe(2);
  });

  it("treats BMP scripts (CJK, Arabic, Hebrew, combining marks) as one unit per code point", () => {
    for (const text of [SAMPLES.cjk, SAMPLES.arabic, SAMPLES.hebrew, SAMPLES.combining]) {
      for (let i = 0; i <= text.length; i++) expect(toCodePointOffset(text, i)).toBe(i);
    }
  });

  it("maps an offset inside a surrogate pair to the pair's code point", () => {
    expect(toCodePointOffset("a😀b", 2)).toBe(1);
  });

  it("rejects offsets outside the text with AppError VALIDATION", () => {
    expect(() => toCodePointOffset("abc", 4)).toThrow(AppError);
    expect(() => toUtf16Offset("a😀", 3)).toThrow(AppError);
    expect(() => toUtf16Offset("abc", -1)).toThrow(AppError);
  });

  it("round-trips many code point offsets of a long text through one index", () => {
    const text = "Lorem 😀 ipsum 中文 🇺🇦 ".repeat(50_000);
    const index = createCodePointIndex(text);
    const total = [...text].length;
    expect(index.codePointLength).toBe(total);
    for (let i = 0; i < 20_000; i++) {
      const cp = (i * 97) % total;
      expect(index.toCodePoint(index.toUtf16(cp))).toBe(cp);
    }
  });
});

describe("W3C selectors", () => {
  const text = `${SAMPLES.mixed} — ${SAMPLES.zwjFamily} said ${SAMPLES.arabic}`;

  it("exports positions in code points and imports them back to the same anchor", () => {
    const start = text.indexOf("👨");
    const end = text.indexOf(" said");
    const anchor = createAnchor(text, start, end);
    const [quote, position] = anchorToW3C(text, anchor);
    expect(quote).toEqual(anchor.quote);
    expect(position).toEqual({
      type: "TextPositionSelector",
      start: Array.from(text.slice(0, start)).length,
      end: Array.from(text.slice(0, end)).length,
    });
    expect(anchorFromW3C(text, [quote, position])).toEqual(anchor);
    expect(anchorFromW3C(text, [position])).toEqual(anchor);
  });

  it("finds a quote-only selector, choosing the occurrence whose context matches", () => {
    const doubled = "Hua said 中国 yes. Wang said 中国 no.";
    const anchor = anchorFromW3C(doubled, [
      { type: "TextQuoteSelector", exact: "中国", prefix: "Wang said ", suffix: " no" },
    ]);
    expect(anchor.position.start).toBe(doubled.lastIndexOf("中国"));
  });

  it("rejects unusable selectors with AppError VALIDATION", () => {
    expect(() => anchorFromW3C(text, [])).toThrow(AppError);
    expect(() => anchorFromW3C(text, [{ type: "TextQuoteSelector", exact: "absent" }])).toThrow(AppError);
    expect(() => anchorFromW3C(text, [{ type: "TextPositionSelector", start: 0, end: 10_000 }])).toThrow(AppError);
    expect(() =>
      anchorFromW3C(text, [
        { type: "TextQuoteSelector", exact: "abc", prefix: "", suffix: "" },
        { type: "TextPositionSelector", start: 0, end: 5 },
      ]),
    ).toThrow(AppError);
  });
});
