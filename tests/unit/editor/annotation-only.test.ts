// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";
import { afterEach, describe, expect, it } from "vitest";

import { AnnotationOnly, CLAIMS_META } from "@/lib/editor/annotation-only";
import { createEditorExtensions } from "@/lib/editor/extensions";

const TEXT = "The ferry resumed on Tuesday.";

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  document.body.innerHTML = "";
});

/** A mounted editor with the annotator's extension list. */
function annotator(canEditText: () => boolean): Editor {
  const element = document.createElement("div");
  document.body.appendChild(element);
  editor = new Editor({ element, extensions: createEditorExtensions({ extra: [AnnotationOnly.configure({ canEditText })] }), content: `<p>${TEXT}</p>` });
  return editor;
}

describe("AnnotationOnly", () => {
  it("refuses text changes but lets selections and claim-mark transactions through", () => {
    const e = annotator(() => false);
    e.view.dispatch(e.state.tr.insertText("Not ", 1));
    expect(e.state.doc.textContent).toBe(TEXT);
    e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, 5, 10)));
    expect([e.state.selection.from, e.state.selection.to]).toEqual([5, 10]);

    const claim = e.schema.marks.claim.create({ claimId: "a" });
    // Without the meta a mark is a document change like any other.
    e.view.dispatch(e.state.tr.addMark(5, 10, claim));
    expect(e.state.doc.rangeHasMark(5, 10, claim)).toBe(false);
    e.view.dispatch(e.state.tr.addMark(5, 10, claim).setMeta(CLAIMS_META, true));
    expect(e.state.doc.rangeHasMark(5, 10, claim)).toBe(true);
    expect(e.state.doc.textContent).toBe(TEXT);
  });

  it("lets the text change while canEditText says it is being corrected, asked on every transaction", () => {
    let correcting = false;
    const e = annotator(() => correcting);
    e.view.dispatch(e.state.tr.insertText("Not ", 1));
    expect(e.state.doc.textContent).toBe(TEXT);
    correcting = true;
    e.view.dispatch(e.state.tr.insertText("Not ", 1));
    expect(e.state.doc.textContent).toBe(`Not ${TEXT}`);
  });
});
