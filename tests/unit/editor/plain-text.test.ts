import { describe, expect, it } from "vitest";

import { BLOCK_SEPARATOR, buildOffsetMap, docToPlainText } from "@/lib/editor/plain-text";
import { editorSchema, parseDoc } from "@/lib/editor/schema";

const t = (text: string, marks?: unknown[]) => (marks ? { type: "text", text, marks } : { type: "text", text });
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const doc = (...content: unknown[]) => parseDoc({ type: "doc", content });

const ARTICLE = doc(
  { type: "heading", attrs: { level: 1 }, content: [t("China 🇨🇳 abstains")] },
  p(t("Hua "), t("said", [{ type: "bold" }]), { type: "hardBreak" }, t("«no»")),
  { type: "paragraph" },
  {
    type: "bulletList",
    content: [
      { type: "listItem", content: [p(t("one")), { type: "bulletList", content: [{ type: "listItem", content: [p(t("nested"))] }] }] },
      { type: "listItem", content: [p(t("two"))] },
    ],
  },
  { type: "blockquote", content: [p(t("مرحبا")), p(t("שלום"))] },
);

describe("docToPlainText", () => {
  it("joins textblocks with the fixed separator and turns hard breaks into newlines", () => {
    expect(BLOCK_SEPARATOR).toBe("\n\n");
    expect(docToPlainText(ARTICLE)).toBe(
      "China 🇨🇳 abstains\n\nHua said\n«no»\n\n\n\none\n\nnested\n\ntwo\n\nمرحبا\n\nשלום",
    );
  });

  it("agrees with ProseMirror's textBetween using the same separators", () => {
    expect(docToPlainText(ARTICLE)).toBe(ARTICLE.textBetween(0, ARTICLE.content.size, "\n\n", "\n"));
  });

  it("ignores marks, so claim marks never change the text", () => {
    const plainDoc = doc(p(t("Hua said no")));
    const marked = doc(p(t("Hua "), t("said", [{ type: "claim", attrs: { claimId: "a" } }]), t(" no")));
    expect(docToPlainText(marked)).toBe(docToPlainText(plainDoc));
  });
});

describe("buildOffsetMap", () => {
  const map = buildOffsetMap(ARTICLE);

  it("exposes the same text as docToPlainText", () => {
    expect(map.text).toBe(docToPlainText(ARTICLE));
  });

  it("maps every offset to a position whose text before it matches", () => {
    for (let offset = 0; offset <= map.text.length; offset++) {
      for (const side of [-1, 1] as const) {
        const pos = map.textToPos(offset, side);
        const before = ARTICLE.textBetween(0, pos, "\n\n", "\n");
        // Inside a separator the position snaps to a block edge on the requested side.
        if (side < 0) expect(before.length).toBeLessThanOrEqual(offset);
        else expect(before.length).toBeGreaterThanOrEqual(offset);
        expect(map.posToText(pos, side)).toBe(before.length);
      }
    }
  });

  it("maps every text position back to itself", () => {
    ARTICLE.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      for (let q = pos + 1; q <= pos + 1 + node.content.size; q++) {
        const offset = map.posToText(q);
        expect(map.textToPos(offset, 1) === q || map.textToPos(offset, -1) === q).toBe(true);
        expect(ARTICLE.textBetween(0, q, "\n\n", "\n").length).toBe(offset);
      }
      return false;
    });
  });

  it("resolves block boundaries by side", () => {
    const end = map.text.indexOf("\n\nHua");
    const heading = ARTICLE.child(0);
    expect(map.textToPos(end, -1)).toBe(1 + heading.content.size); // end of heading
    expect(map.textToPos(end, 1)).toBe(heading.nodeSize + 1); // start of next paragraph
    expect(map.textToPos(end + 1, -1)).toBe(1 + heading.content.size); // inside the separator
    expect(map.textToPos(end + 1, 1)).toBe(heading.nodeSize + 1);
    expect(map.posToText(heading.nodeSize, -1)).toBe(end); // between the blocks
    expect(map.posToText(heading.nodeSize, 1)).toBe(end + 2);
  });

  it("converts ranges spanning paragraphs both ways", () => {
    const start = map.text.indexOf("said");
    const end = map.text.indexOf("nested") + 3;
    const { from, to } = map.textRangeToPositions(start, end);
    expect(ARTICLE.textBetween(from, to, "\n\n", "\n")).toBe(map.text.slice(start, end));
    expect(map.positionsToTextRange(from, to)).toEqual({ start, end });
  });

  it("clamps out-of-range input and handles an empty document", () => {
    expect(map.textToPos(-5)).toBe(1);
    expect(map.textToPos(map.text.length + 10)).toBe(map.textToPos(map.text.length));
    const empty = buildOffsetMap(doc({ type: "paragraph" }));
    expect(empty.text).toBe("");
    expect(empty.textToPos(0, -1)).toBe(1);
    expect(empty.textToPos(0, 1)).toBe(1);
    expect(empty.posToText(0)).toBe(0);
    expect(empty.posToText(2)).toBe(0);
  });

  // Its speed is measured by `npm run bench` (annotator open time), not asserted here.
  it("maps 2,000 ranges through a 1 MB document and back", () => {
    const sentence = "Foreign ministry spokeswoman Hua Chunying said China respected sovereignty 🇨🇳. ";
    const paragraphs = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const text = `${i}: ${sentence.repeat(3)}`;
      size += text.length + 2;
      paragraphs.push(
        editorSchema.node("paragraph", null, [
          editorSchema.text(text.slice(0, 40)),
          editorSchema.text(text.slice(40, 80), [editorSchema.marks.bold.create()]),
          editorSchema.nodes.hardBreak.create(),
          editorSchema.text(text.slice(80)),
        ]),
      );
    }
    const big = editorSchema.node("doc", null, paragraphs);

    const bigMap = buildOffsetMap(big);
    const length = bigMap.text.length;
    const ranges = [];
    for (let i = 0; i < 2_000; i++) {
      const start = Math.floor((i / 2_000) * (length - 500));
      const { from, to } = bigMap.textRangeToPositions(start, start + 300);
      ranges.push({ start, back: bigMap.positionsToTextRange(from, to) });
    }

    expect(length).toBeGreaterThanOrEqual(1_000_000);
    for (const { start, back } of ranges) {
      // Only a range edge inside a block separator moves, onto the block's edge.
      expect(back.start - start).toBeGreaterThanOrEqual(0);
      expect(back.start - start).toBeLessThanOrEqual(2);
      expect(start + 300 - back.end).toBeGreaterThanOrEqual(0);
      expect(start + 300 - back.end).toBeLessThanOrEqual(2);
    }
  });
});
