// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";

import { AnnotationOnly } from "@/lib/editor/annotation-only";
import { createEditorExtensions, editorExtensions } from "@/lib/editor/extensions";

// Through a mounted editor: prosemirror-view's own clipboard serializer and paste parser.
const HTML =
  '<p>The <span data-claim-id="b">ferry </span><span data-claim-id="b"><span data-claim-id="a">resumed</span></span>' +
  '<span data-claim-id="a"> on</span> Tuesday.</p><p>Unions objected.</p>';

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  document.body.innerHTML = "";
});

function mount(extensions = editorExtensions) {
  const element = document.createElement("div");
  document.body.appendChild(element);
  editor = new Editor({ element, extensions, content: HTML });
  return { editor, element };
}

/** Copies document range [from, to) to HTML as the editor would put it on the clipboard. */
function copy(e: Editor, from: number, to: number): string {
  return e.view.serializeForClipboard(e.state.doc.slice(from, to)).dom.innerHTML;
}

function pasteAtEnd(e: Editor, html: string) {
  e.commands.setTextSelection(e.state.doc.content.size - 1);
  e.view.pasteHTML(html);
}

/** The text under each claim id in the rendered editor, span by span. */
function renderedClaims(element: HTMLElement, id: string): string {
  return [...element.querySelectorAll(`[data-claim-id="${id}"]`)].map((span) => span.textContent).join("|");
}

describe("copy and paste of claimed text", () => {
  it("pastes the text but not a second copy of its claims", () => {
    const { editor: e, element } = mount();
    const clipboard = copy(e, 5, 21); // "ferry resumed on"
    expect(clipboard).toContain('data-claim-id="a"');
    pasteAtEnd(e, clipboard);
    expect(e.state.doc.textContent).toBe("The ferry resumed on Tuesday.Unions objected.ferry resumed on");
    expect(renderedClaims(element, "a")).toBe("resumed| on");
    expect(renderedClaims(element, "b")).toBe("ferry resumed");
    expect(element.querySelectorAll("p")[1].querySelector("[data-claim-id]")).toBeNull();
  });

  it("keeps a pasted claim that is not in the document", () => {
    const { editor: e, element } = mount();
    pasteAtEnd(e, '<span data-claim-id="c">Shops ran out</span> of milk');
    expect(renderedClaims(element, "c")).toBe("Shops ran out");
  });

  it("refuses a paste in the annotator, and guards one while the text is corrected", () => {
    let correcting = false;
    const { editor: e, element } = mount(createEditorExtensions({ extra: [AnnotationOnly.configure({ canEditText: () => correcting })] }));
    const before = e.state.doc;
    const clipboard = copy(e, 5, 21);
    pasteAtEnd(e, clipboard);
    expect(e.state.doc.eq(before)).toBe(true);

    correcting = true;
    pasteAtEnd(e, clipboard);
    expect(e.state.doc.textContent).toBe("The ferry resumed on Tuesday.Unions objected.ferry resumed on");
    expect(renderedClaims(element, "a")).toBe("resumed| on");
  });
});
