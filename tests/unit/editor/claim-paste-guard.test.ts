import { Slice, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { EditorState, TextSelection, type Transaction } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";

import { CLAIMS_META } from "@/lib/editor/annotation-only";
import { claimPasteGuard } from "@/lib/editor/claim-paste-guard";
import { editorSchema } from "@/lib/editor/schema";

const schema = editorSchema;
const claim = (claimId: string) => schema.marks.claim.create({ claimId });
const bold = schema.marks.bold.create();

// "The ferry resumed on Tuesday." / "Unions objected."; claim a = "resumed on", claim b = "ferry resumed".
const DOC = schema.node("doc", null, [
  schema.node("paragraph", null, [
    schema.text("The "),
    schema.text("ferry ", [claim("b")]),
    schema.text("resumed", [claim("b"), claim("a")]),
    schema.text(" on", [claim("a")]),
    schema.text(" Tuesday."),
  ]),
  schema.node("paragraph", null, [schema.text("Unions objected.", [bold])]),
]);
const END_OF_SECOND = DOC.content.size - 1;

const stateOf = (doc: ProseMirrorNode) => EditorState.create({ doc, plugins: [claimPasteGuard(schema.marks.claim)] });

/** What a paste inserts: the slice as the clipboard carries it (serialized and parsed again, so its marks are new objects). */
const fromClipboard = (slice: Slice) => Slice.fromJSON(schema, slice.toJSON());

/** Pastes `slice` at `pos` the way prosemirror-view does (replaceSelection, uiEvent "paste"). */
function paste(state: EditorState, slice: Slice, pos: number): EditorState {
  const tr = state.tr.setSelection(TextSelection.create(state.doc, pos)).replaceSelection(slice);
  return state.apply(tr.setMeta("paste", true).setMeta("uiEvent", "paste"));
}

/** Where claim `id` is marked, as the texts of the spans carrying it (adjacent text nodes joined). */
function spansOf(doc: ProseMirrorNode, id: string): string[] {
  const spans: string[] = [];
  let last = -1;
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    if (!node.marks.some((m) => m.type.name === "claim" && m.attrs.claimId === id)) return false;
    if (pos === last) spans[spans.length - 1] += node.text;
    else spans.push(node.text ?? "");
    last = pos + node.nodeSize;
    return false;
  });
  return spans;
}

describe("claimPasteGuard", () => {
  it("drops the claim mark from a pasted copy of a claim that is still in the document", () => {
    const copied = fromClipboard(DOC.slice(5, 21)); // "ferry resumed on": claims b and a
    const after = paste(stateOf(DOC), copied, END_OF_SECOND);
    expect(after.doc.textContent).toBe("The ferry resumed on Tuesday.Unions objected.ferry resumed on");
    expect(spansOf(after.doc, "a")).toEqual(["resumed on"]);
    expect(spansOf(after.doc, "b")).toEqual(["ferry resumed"]);
    // The pasted text keeps its other marks; only the duplicated claims go.
    const pasted = after.doc.lastChild!.lastChild!;
    expect(pasted.text).toBe("ferry resumed on");
    expect(pasted.marks.map((m) => m.type.name)).toEqual([]);
  });

  it("keeps claims of the pasted text that are not in the document, and other marks", () => {
    const elsewhere = schema.node("doc", null, [
      schema.node("paragraph", null, [schema.text("Shops ran out", [bold, claim("c")]), schema.text(" of milk", [bold, claim("c"), claim("a")])]),
    ]);
    const copied = fromClipboard(elsewhere.slice(1, elsewhere.content.size - 1));
    const after = paste(stateOf(DOC), copied, END_OF_SECOND);
    expect(spansOf(after.doc, "c")).toEqual(["Shops ran out of milk"]);
    expect(spansOf(after.doc, "a")).toEqual(["resumed on"]);
    after.doc.lastChild!.forEach((node) => {
      if (node.text === " of milk" || node.text === "Shops ran out") expect(node.marks).toContainEqual(bold);
    });
  });

  it("lets cut and paste move a claim with its text", () => {
    const state = stateOf(DOC);
    const clipboard = fromClipboard(state.doc.slice(5, 21)); // "ferry resumed on": claims b and a
    const cut = state.apply(state.tr.delete(5, 21).setMeta("uiEvent", "cut"));
    expect(spansOf(cut.doc, "a")).toEqual([]);
    const after = paste(cut, clipboard, cut.doc.content.size - 1);
    expect(after.doc.textContent).toBe("The  Tuesday.Unions objected.ferry resumed on");
    expect(spansOf(after.doc, "a")).toEqual(["resumed on"]);
    expect(spansOf(after.doc, "b")).toEqual(["ferry resumed"]);
  });

  it("lets a drag move a claim (delete and insert in one drop) but not a drag copy", () => {
    const state = stateOf(DOC);
    const dragged = state.doc.slice(5, 21); // the drag keeps the document's own mark objects
    const move = state.tr.delete(5, 21);
    move.replaceRange(move.mapping.map(END_OF_SECOND), move.mapping.map(END_OF_SECOND), dragged);
    const moved = state.apply(move.setMeta("uiEvent", "drop"));
    expect(moved.doc.textContent).toBe("The  Tuesday.Unions objected.ferry resumed on");
    expect(spansOf(moved.doc, "a")).toEqual(["resumed on"]);

    const copy = state.tr.replaceRange(END_OF_SECOND, END_OF_SECOND, dragged);
    const copied = state.apply(copy.setMeta("uiEvent", "drop"));
    expect(copied.doc.textContent).toBe("The ferry resumed on Tuesday.Unions objected.ferry resumed on");
    expect(spansOf(copied.doc, "a")).toEqual(["resumed on"]);
    expect(spansOf(copied.doc, "b")).toEqual(["ferry resumed"]);
  });

  it("leaves transactions that are not pastes or drops alone", () => {
    const state = stateOf(DOC);
    const tr = state.tr.insert(END_OF_SECOND, schema.text("again", [claim("a")]));
    const after = state.apply(tr);
    expect(spansOf(after.doc, "a")).toEqual(["resumed on", "again"]);
  });

  it("returns a claims-only transaction that joins the paste's history event", () => {
    const state = stateOf(DOC);
    const tr = state.tr.setSelection(TextSelection.create(state.doc, END_OF_SECOND)).replaceSelection(fromClipboard(DOC.slice(5, 21)));
    const { transactions } = state.applyTransaction(tr.setMeta("uiEvent", "paste"));
    expect(transactions).toHaveLength(2);
    const appended: Transaction = transactions[1];
    expect(appended.getMeta(CLAIMS_META)).toBe(true);
    expect(appended.getMeta("appendedTransaction")).toBe(transactions[0]);
  });
});
