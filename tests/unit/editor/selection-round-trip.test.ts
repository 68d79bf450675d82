import { Editor, type JSONContent } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";

import { anchorFromW3C, anchorToW3C } from "@/lib/domain/anchoring/code-points";
import { reanchor } from "@/lib/domain/anchoring/reanchor";
import { anchorText, createAnchor } from "@/lib/domain/anchoring/selectors";
import { editorExtensions } from "@/lib/editor/extensions";
import { BLOCK_SEPARATOR, buildOffsetMap, docToPlainText } from "@/lib/editor/plain-text";
import { parseDoc } from "@/lib/editor/schema";

// What the browser does: the user selects in the editor, the selection becomes
// a text range and an anchor; the server derives the same text from the JSON.
const PARAGRAPHS = [
  "Xi 👨‍👩‍👧‍👦 met Putin 🇨🇳🇷🇺 on Friday.",
  "外交部发言人华春莹表示，中方𠀀尊重主权。",
  "قالت الوزارة إن الصين 😀 تحترم السيادة",
  "שר החוץ אמר 👍🏽 שהמצב מורכב",
  "Ame\u0301lie Zoe\u0308 cafe\u0301 — naïve résumé",
];
const CONTENT: JSONContent = {
  type: "doc",
  content: PARAGRAPHS.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
};
const TEXT = PARAGRAPHS.join(BLOCK_SEPARATOR);

/** Editor position of UTF-16 offset `offset` inside paragraph `index` (plain paragraphs: nodeSize = length + 2). */
function posIn(index: number, offset: number): number {
  let pos = 1;
  for (let i = 0; i < index; i++) pos += PARAGRAPHS[i].length + 2;
  return pos + offset;
}

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function roundTrip(from: number, to: number, expected: string) {
  editor = new Editor({ extensions: editorExtensions, content: CONTENT });
  editor.commands.setTextSelection({ from, to });
  const { selection, doc } = editor.state;

  const map = buildOffsetMap(doc);
  expect(map.text).toBe(TEXT);
  // The server derives the identical text from the saved JSON.
  expect(docToPlainText(parseDoc(editor.getJSON()))).toBe(map.text);

  const range = map.positionsToTextRange(selection.from, selection.to);
  const anchor = createAnchor(map.text, range.start, range.end);
  expect(anchorText(TEXT, anchor)).toBe(expected);
  expect(anchor.quote.exact).toBe(doc.textBetween(selection.from, selection.to, BLOCK_SEPARATOR, "\n"));

  // Back from the stored anchor to editor positions, and a claim mark there.
  expect(map.textRangeToPositions(anchor.position.start, anchor.position.end)).toEqual({ from, to });
  editor.commands.setClaim({ claimId: "c" }, { from, to });
  const marked: string[] = [];
  editor.state.doc.descendants((node) => {
    if (node.isText && node.marks.some((m) => m.attrs.claimId === "c")) marked.push(node.text ?? "");
  });
  expect(marked.join(BLOCK_SEPARATOR)).toBe(expected);

  // Export in code points and import again.
  expect(anchorFromW3C(TEXT, anchorToW3C(TEXT, anchor))).toEqual(anchor);
  expect(reanchor(anchor, TEXT).status).toBe("exact");
  return anchor;
}

describe("editor selection -> anchor -> text", () => {
  const cases: Array<[string, number, string]> = [
    ["ZWJ family emoji", 0, "👨‍👩‍👧‍👦"],
    ["flags", 0, "🇨🇳🇷🇺"],
    ["CJK with an astral character", 1, "中方𠀀尊重主权"],
    ["Arabic (right to left)", 2, "الصين 😀 تحترم"],
    ["Hebrew (right to left)", 3, "אמר 👍🏽 שהמצב"],
    ["combining marks", 4, "Ame\u0301lie Zoe\u0308"],
  ];
  for (const [name, index, quote] of cases) {
    it(`keeps ${name}`, () => {
      const offset = PARAGRAPHS[index].indexOf(quote);
      roundTrip(posIn(index, offset), posIn(index, offset + quote.length), quote);
    });
  }

  it("keeps a selection spanning two paragraphs", () => {
    const startOffset = PARAGRAPHS[2].indexOf("😀");
    const endOffset = PARAGRAPHS[3].indexOf("👍🏽") + "👍🏽".length;
    const expected = PARAGRAPHS[2].slice(startOffset) + BLOCK_SEPARATOR + PARAGRAPHS[3].slice(0, endOffset);
    const anchor = roundTrip(posIn(2, startOffset), posIn(3, endOffset), expected);
    expect(anchor.quote.exact).toContain("\n\n");
  });

  it("keeps a selection spanning every paragraph", () => {
    const last = PARAGRAPHS.length - 1;
    roundTrip(posIn(0, 0), posIn(last, PARAGRAPHS[last].length), TEXT);
  });
});
