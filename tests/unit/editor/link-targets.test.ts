// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";

import { createEditorExtensions } from "@/lib/editor/extensions";
import { LinkTargets, linkTargetsKey, type LinkTarget } from "@/lib/editor/link-targets";

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  document.body.innerHTML = "";
});

const TARGET: LinkTarget = { linkId: "l1", from: 5, to: 18, relation: "CONTRADICTS", href: "/articles/a2?claim=c9", sourceLabel: "Harbour Times: “The ferry never stopped”" };

describe("LinkTargets", () => {
  it("underlines each linked passage and adds a marker that opens the linking claim", () => {
    const element = document.createElement("div");
    document.body.appendChild(element);
    editor = new Editor({ element, extensions: createEditorExtensions({ extra: [LinkTargets] }), content: "<p>The ferry resumed on Tuesday.</p>" });
    editor.view.dispatch(editor.state.tr.setMeta(linkTargetsKey, [TARGET]));

    const passage = element.querySelector<HTMLElement>('.link-target[data-link-id="l1"]');
    expect(passage?.textContent).toBe("ferry resumed");
    expect(passage?.dataset.relation).toBe("CONTRADICTS");
    const marker = element.querySelector<HTMLAnchorElement>("a.link-target-marker");
    expect(marker?.getAttribute("href")).toBe("/articles/a2?claim=c9");
    expect(marker?.getAttribute("aria-label")).toBe("Contradicts: linked from Harbour Times: “The ferry never stopped”");
    // Decorations, not marks: the document itself is untouched.
    expect(editor.getHTML()).toBe("<p>The ferry resumed on Tuesday.</p>");
  });

  it("moves the markers with the text and replaces them all when new targets arrive", () => {
    const element = document.createElement("div");
    document.body.appendChild(element);
    editor = new Editor({ element, extensions: createEditorExtensions({ extra: [LinkTargets] }), content: "<p>The ferry resumed on Tuesday.</p>" });
    editor.view.dispatch(editor.state.tr.setMeta(linkTargetsKey, [TARGET]));
    editor.view.dispatch(editor.state.tr.insertText("Yes: ", 1));
    expect(element.querySelector(".link-target")?.textContent).toBe("ferry resumed");
    editor.view.dispatch(editor.state.tr.setMeta(linkTargetsKey, []));
    expect(element.querySelector(".link-target, .link-target-marker")).toBeNull();
  });
});
