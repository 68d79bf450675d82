import { EditorState } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { claimRanges, wantedMarks } from "@/components/annotator/wanted-marks";
import { createAnchor } from "@/lib/domain/anchoring/selectors";
import { htmlToDoc } from "@/lib/editor/html-to-doc";
import { markClaims, withClaimMarks, type ClaimRange } from "@/lib/editor/mark-claims";
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
function viaProseMirror(doc: Record<string, unknown>, claims: readonly ClaimRange[]) {
  const node = editorSchema.nodeFromJSON(doc);
  const map = buildOffsetMap(node);
  const tr = EditorState.create({ doc: node }).tr;
  // Claim marks of one text are kept in the order they were added; add them as markClaims orders them.
  for (const c of [...claims].sort((a, b) => a.start - b.start)) {
    const { from, to } = map.textRangeToPositions(c.start, c.end);
    tr.addMark(from, to, editorSchema.marks.claim.create({ claimId: c.claimId }));
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
    const applied = wantedMarks(claims, "r1");
    const { content, offsets } = withClaimMarks(doc, claimRanges(applied));
    const ours = editorSchema.nodeFromJSON(content);
    expect(ours.eq(viaProseMirror(doc, claimRanges(applied)))).toBe(true);
    expect(docToPlainText(ours)).toBe(text);
    expect(offsets.text).toBe(text);
    expect([...applied.keys()].sort()).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
  });

  it("leaves orphans and claims on other revisions unmarked", () => {
    const doc = htmlToDoc(HTML) as Record<string, unknown>;
    const text = docToPlainText(editorSchema.nodeFromJSON(doc));
    const orphan = { ...claimAt(text, "o", "Second line"), orphaned: true };
    const stale = { ...claimAt(text, "s", "Shops"), revisionId: "r0" };
    const applied = wantedMarks([orphan, stale], "r1");
    const { content } = withClaimMarks(doc, claimRanges(applied));
    expect(applied.size).toBe(0);
    expect(editorSchema.nodeFromJSON(content).eq(editorSchema.nodeFromJSON(doc))).toBe(true);
  });
});

/** A small seeded generator, so a failure names a reproducible case. */
function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

describe("markClaims", () => {
  const doc = editorSchema.nodeFromJSON(htmlToDoc(HTML));
  const text = docToPlainText(doc);

  it("returns the very same document when no claim has text", () => {
    expect(markClaims(doc, [])).toBe(doc);
    // Empty ranges, and ranges inside a block separator, cover no character.
    const separator = text.indexOf("\n\n");
    expect(markClaims(doc, [{ claimId: "x", start: 5, end: 5 }, { claimId: "y", start: separator, end: separator + 2 }])).toBe(doc);
  });

  it("equals one addMark per claim for random ranges: overlapping, nested, identical, across blocks and breaks", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const claims: ClaimRange[] = Array.from({ length: 1 + next(30) }, (_, i) => {
        const start = next(text.length + 1);
        return { claimId: `c${next(3) === 0 ? i % 4 : i}`, start, end: Math.min(text.length, start + next(80)) };
      });
      const reference = viaProseMirror(doc.toJSON(), claims);
      const ours = markClaims(doc, claims);
      expect(ours.eq(reference), `seed ${seed}`).toBe(true);
      expect(docToPlainText(ours)).toBe(text);
    }
  });

  it("reuses unchanged blocks instead of copying them", () => {
    const start = text.indexOf("Shops");
    const ours = markClaims(doc, [{ claimId: "s", start, end: start + 5 }]);
    expect(ours.child(0)).toBe(doc.child(0)); // the heading
    expect(ours.child(1)).toBe(doc.child(1)); // the first paragraph
    expect(ours.child(3)).toBe(doc.child(3)); // the quote
    expect(ours.child(2)).not.toBe(doc.child(2)); // the list holding "Shops"
  });
});
