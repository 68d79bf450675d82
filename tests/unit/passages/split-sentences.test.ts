import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_LENGTH, SEGMENT_CHUNK_LENGTH, splitSentences } from "@/lib/domain/passages/split-sentences";

const texts = (input: string) => splitSentences(input).map((s) => s.text);

describe("splitSentences", () => {
  it("splits sentences and paragraphs, trimming whitespace, with offsets into the text", () => {
    const input = "Heavy rain fell for three days.  The spillway collapsed on Friday!\n\nIs the dam at risk? The authority says no.";
    const spans = splitSentences(input);
    expect(spans.map((s) => s.text)).toEqual([
      "Heavy rain fell for three days.",
      "The spillway collapsed on Friday!",
      "Is the dam at risk?",
      "The authority says no.",
    ]);
    for (const span of spans) expect(input.slice(span.start, span.end)).toBe(span.text);
  });

  it("merges fragments such as abbreviations into the following sentence", () => {
    expect(texts("Dr. Varga said the wall is intact. U.S. officials were not consulted at all.")).toEqual([
      "Dr. Varga said the wall is intact.",
      "U.S. officials were not consulted at all.",
    ]);
  });

  it("joins a fragment that ends a paragraph to the previous sentence, but keeps a short paragraph of its own", () => {
    expect(texts("Update\n\nThe dam held through the night. Officials agree.\n\nMore soon.")).toEqual([
      "Update",
      "The dam held through the night. Officials agree.",
      "More soon.",
    ]);
  });

  it("drops segments without words and handles empty text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(texts("***\n\n— — —\n\nThe last line stays here.")).toEqual(["The last line stays here."]);
  });

  it("counts UTF-16 code units, so emoji and accents keep offsets exact", () => {
    const input = "Élodie said 🎉 the vote passed easily. Its opponents 😠 called it rushed.";
    const spans = splitSentences(input);
    expect(spans).toHaveLength(2);
    for (const span of spans) expect(input.slice(span.start, span.end)).toBe(span.text);
    expect(spans[1].text).toBe("Its opponents 😠 called it rushed.");
  });

  it("cuts overlong run-on sentences at a space", () => {
    const input = `${"word ".repeat(450)}end.`;
    const spans = splitSentences(input);
    expect(spans.length).toBeGreaterThan(1);
    for (const span of spans) {
      expect(span.end - span.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(input.slice(span.start, span.end)).toBe(span.text);
      expect(span.text).toBe(span.text.trim());
    }
    expect(spans.map((s) => s.text).join(" ")).toBe(input);
  });

  it("treats a hard break as a sentence boundary", () => {
    expect(texts("First line of the poem is here\nSecond line of the poem is here")).toEqual([
      "First line of the poem is here",
      "Second line of the poem is here",
    ]);
  });

  it("cuts a line longer than the segmenter's chunk at sentence ends, so a megabyte without a line break splits exactly and fast", () => {
    const sentence = "The council said the harbour tunnel would open in June, two years late. ";
    const input = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).trim();
    const started = performance.now();
    const spans = splitSentences(input);
    // Quadratic segmenting took 54 s here; linear takes well under a second even on a busy machine.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(spans).toHaveLength(Math.ceil(1_000_000 / sentence.length));
    for (const span of spans) {
      expect(span.text).toBe(sentence.trim());
      expect(input.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it("cuts a long line with no sentence end or space anywhere without losing a character", () => {
    const input = "x".repeat(SEGMENT_CHUNK_LENGTH * 3 + 17);
    expect(splitSentences(input).map((s) => s.text).join("")).toBe(input);
  });
});

