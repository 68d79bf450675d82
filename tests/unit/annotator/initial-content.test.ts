import { EditorState } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { withClaimMarks } from "@/components/annotator/initial-content";
import { createAnchor } from "@/lib/domain/anchoring/selectors";
import { htmlToDoc } from "@/lib/editor/html-to-doc";
import { buildOffsetMap, docToPlainText } from "@/lib/editor/plain-text";
import { editorSchema } from "@/lib/editor/schema";
import type { ClaimView } from "@/lib/server/claims/claim-view";

const HTML = `<h2>Ferry 🚢 news</h2><p>The ferry <strong>resumed on Tuesday</strong> after a pause.<br>Second line here.</p>
<ul><li><p>Unions said 14 crossings were cancelled.</p></li><li><p>Shops ran out of milk 😟 fast.</p></li></ul>
<blockquote><p>“We are back,” the operator said.</p></blockquote>`;

function claimAt(text: string, id: string, phrase: string, length = phrase.length): ClaimView {
  const start = text.indexOf(phrase);
  return { id, revisionId: "r1", orphaned: false, anchor: createAnchor(text, start, start + length) } as unknown as ClaimView;
}

/** The reference: the same marks applied through ProseMirror positions, in reading order. */
function viaProseMirror(doc: Record<string, unknown>, claims: ClaimView[]) {
  const node = editorSchema.nodeFromJSON(doc);
  const map = buildOffsetMap(node);
  const tr = EditorState.create({ doc: node }).tr;
  // Claim marks of one text are kept in the order they were added; add them as withClaimMarks orders them.
  for (const c of [...claims].sort((a, b) => a.anchor.position.start - b.anchor.position.start)) {
    const { from, to } = map.textRangeToPositions(c.anchor.position.start, c.anchor.position.end);
    tr.addMark(from, to, editorSchema.marks.claim.create({ claimId: c.id }));
  }
  return tr.doc;
}

describe("withClaimMarks", () => {
  it("marks claims in the JSON exactly as ProseMirror would, across marks, breaks, blocks, emoji and overlaps", () => {
    const doc = htmlToDoc(HTML) as Record<string, unknown>;
    const text = docToPlainText(editorSchema.nodeFromJSON(doc));
    const claims = [
      claimAt(text, "a", "ferry resumed on"),
      claimAt(text, "b", "resumed on Tuesday after a pause.\nSecond"),
      claimAt(text, "c", "on Tuesday"),
      claimAt(text, "d", "14 crossings were cancelled.\n\nShops ran out of milk 😟"),
      claimAt(text, "e", "😟 fast"),
      claimAt(text, "f", "Ferry 🚢 news\n\nThe ferry"),
      claimAt(text, "g", "the operator said."),
    ];
    const { content, applied } = withClaimMarks(doc, claims, "r1");
    const ours = editorSchema.nodeFromJSON(content);
    expect(ours.eq(viaProseMirror(doc, claims))).toBe(true);
    expect(docToPlainText(ours)).toBe(text);
    expect([...applied.keys()].sort()).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
  });

  it("leaves orphans and claims on other revisions unmarked", () => {
    const doc = htmlToDoc(HTML) as Record<string, unknown>;
    const text = docToPlainText(editorSchema.nodeFromJSON(doc));
    const orphan = { ...claimAt(text, "o", "Second line"), orphaned: true };
    const stale = { ...claimAt(text, "s", "Shops"), revisionId: "r0" };
    const { content, applied } = withClaimMarks(doc, [orphan, stale], "r1");
    expect(applied.size).toBe(0);
    expect(editorSchema.nodeFromJSON(content).eq(editorSchema.nodeFromJSON(doc))).toBe(true);
  });
});
