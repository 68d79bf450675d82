import { describe, expect, it } from "vitest";

import { MIN_FUZZY_SCORE, reanchor, reanchorAll } from "@/lib/domain/anchoring/reanchor";
import { createAnchor, type Anchor } from "@/lib/domain/anchoring/selectors";

const P1 = "China's foreign ministry declined to describe Russia's attack on Ukraine as an invasion.";
const P2 = "Spokeswoman Hua Chunying said Beijing respected the sovereignty and territorial integrity of all countries.";
const P3 = "She accused the United States of fuelling tensions by supplying weapons to Kyiv.";
const TEXT = [P1, P2, P3].join("\n\n");
const CLAIM = "Beijing respected the sovereignty and territorial integrity of all countries";

function anchorOf(text: string, quote: string, from = 0): Anchor {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`test setup: ${quote} not in text`);
  return createAnchor(text, start, start + quote.length);
}

/** The text the result selects in `text`, or null for an orphan. */
function placed(text: string, anchor: Anchor) {
  const result = reanchor(anchor, text);
  return { result, text: result.status === "orphan" ? null : text.slice(result.start, result.end) };
}

describe("reanchor", () => {
  const anchor = anchorOf(TEXT, CLAIM);

  it("keeps the position when the text is unchanged or changed only after the claim", () => {
    expect(reanchor(anchor, TEXT)).toEqual({ status: "exact", start: anchor.position.start, end: anchor.position.end, score: 1 });
    const { result } = placed(TEXT + "\n\nA later paragraph.", anchor);
    expect(result.status).toBe("exact");
  });

  it("finds the quote after insertions and deletions before it", () => {
    const inserted = "Breaking: " + TEXT;
    expect(placed(inserted, anchor)).toMatchObject({ result: { status: "quote", start: anchor.position.start + 10 }, text: CLAIM });
    const deleted = TEXT.replace(" declined to describe", "");
    expect(placed(deleted, anchor)).toMatchObject({ result: { status: "quote" }, text: CLAIM });
  });

  it("finds the quote when the text around it changes", () => {
    const around = TEXT.replace("Hua Chunying said ", "Hua Chunying told reporters that ").replace(
      " countries.",
      " countries, a line repeated for years.",
    );
    expect(placed(around, anchor)).toMatchObject({ result: { status: "quote" }, text: CLAIM });
  });

  it("follows a paragraph that moved", () => {
    const moved = [P2, P3, P1].join("\n\n");
    expect(placed(moved, anchor)).toMatchObject({ result: { status: "quote" }, text: CLAIM });
    const p3Anchor = anchorOf(TEXT, "supplying weapons to Kyiv");
    expect(placed([P3, P1, P2].join("\n\n"), p3Anchor).text).toBe("supplying weapons to Kyiv");
  });

  it("matches fuzzily after small edits inside the quote", () => {
    const edited = TEXT.replace("respected the sovereignty", "respects the sovereignty").replace(
      "all countries",
      "all nations",
    );
    const { result, text } = placed(edited, anchor);
    expect(result.status).toBe("fuzzy");
    expect(text).toBe("Beijing respects the sovereignty and territorial integrity of all nations");
    expect(result.score).toBeGreaterThan(MIN_FUZZY_SCORE);
    expect(result.score).toBeLessThan(1);
  });

  it("matches fuzzily after an insertion inside the quote that also shifts it", () => {
    const edited = "Update: " + TEXT.replace("sovereignty and", "sovereignty, independence and");
    expect(placed(edited, anchor)).toMatchObject({
      result: { status: "fuzzy" },
      text: "Beijing respected the sovereignty, independence and territorial integrity of all countries",
    });
  });

  it("handles edits in Unicode text without splitting characters", () => {
    const text = "外交部发言人华春莹表示：中方尊重各国主权和领土完整 🇨🇳。\n\nשר החוץ אמר 😀 דבר";
    const quote = "中方尊重各国主权和领土完整 🇨🇳";
    const cjk = anchorOf(text, quote);
    const edited = "新: " + text.replace("主权和", "主权与");
    const { result, text: found } = placed(edited, cjk);
    expect(result.status).toBe("fuzzy");
    expect(found).toBe("中方尊重各国主权与领土完整 🇨🇳");
    const hebrew = anchorOf(text, "אמר 😀 דבר");
    expect(placed("מבוא. " + text, hebrew).text).toBe("אמר 😀 דבר");
  });

  it("tells duplicate quotes apart by their context", () => {
    const text = "Russia said the talks failed. Later, Ukraine said the talks failed. Observers agreed.";
    const second = anchorOf(text, "the talks failed", text.indexOf("Ukraine"));
    const first = anchorOf(text, "the talks failed");
    // Shift everything so the old positions are no longer exact.
    const shifted = "(Reuters) " + text;
    expect(placed(shifted, second).result).toMatchObject({ status: "quote", start: shifted.indexOf("the talks failed", 40) });
    expect(placed(shifted, first).result).toMatchObject({ status: "quote", start: shifted.indexOf("the talks failed") });
  });

  it("prefers the occurrence nearest the old position when contexts are equal", () => {
    const unit = "Same sentence here. ";
    const text = unit.repeat(6);
    const fourth = createAnchor(text, unit.length * 3, unit.length * 3 + 13); // "Same sentence"
    const result = reanchor(fourth, "X" + text);
    expect(result).toMatchObject({ status: "quote", start: unit.length * 3 + 1 });
  });

  it("orphans a claim whose quote was deleted", () => {
    const deleted = TEXT.replace(CLAIM, "nothing");
    expect(reanchor(anchor, deleted).status).toBe("orphan");
    expect(reanchor(anchor, "").status).toBe("orphan");
    expect(reanchor(anchor, "Completely different article about football scores and weather.").status).toBe("orphan");
  });

  it("orphans a claim rewritten beyond the error budget", () => {
    const rewritten = TEXT.replace(CLAIM, "Beijing said it had always honoured every nation's borders");
    expect(reanchor(anchor, rewritten).status).toBe("orphan");
  });
});

describe("reanchorAll", () => {
  it("places many anchors against one text in input order", () => {
    const anchors = [anchorOf(TEXT, "Hua Chunying"), anchorOf(TEXT, CLAIM), anchorOf(TEXT, "Kyiv")];
    const changed = "Intro.\n\n" + TEXT.replace(CLAIM, "");
    const results = reanchorAll(anchors, changed);
    expect(results.map((r) => r.status)).toEqual(["quote", "orphan", "quote"]);
    expect(changed.slice(results[2].start, results[2].end)).toBe("Kyiv");
  });

  it("re-anchors 2,000 claims in a large article", () => {
    const paragraphs = Array.from(
      { length: 2_000 },
      (_, i) => `Paragraph ${i}: the ministry said on day ${i} that sovereignty mattered, number ${i * 7}.`,
    );
    const text = paragraphs.join("\n\n");
    const anchors = paragraphs.map((p, i) => anchorOf(text, `day ${i} that sovereignty mattered, number ${i * 7}`));
    const changed = "Editor's note.\n\n" + text.replace("day 1000 that", "day 1000, that");
    const results = reanchorAll(anchors, changed);
    expect(results.filter((r) => r.status === "quote")).toHaveLength(1_999);
    expect(results[1000].status).toBe("fuzzy");
  });
});
