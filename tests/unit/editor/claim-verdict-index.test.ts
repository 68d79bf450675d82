// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { ClaimVerdictIndex } from "@/lib/editor/claim-verdict-index";
import { createEditorExtensions } from "@/lib/editor/extensions";

const doc = {
  type: "doc",
  content: [{ type: "paragraph", content: [
    { type: "text", text: "The ferry " },
    { type: "text", text: "resumed on Tuesday", marks: [{ type: "claim", attrs: { claimId: "c1" } }] },
    { type: "text", text: " after " },
    { type: "text", text: "a pause", marks: [{ type: "claim", attrs: { claimId: "c2" } }] },
  ] }],
};

describe("claim spans carry their verdict (ClaimVerdictIndex)", () => {
  it("draws each claim span with its verdict and re-rates one claim by touching only its spans", () => {
    const verdicts = new ClaimVerdictIndex();
    verdicts.sync([{ id: "c1", verdict: "VERIFIED" }, { id: "c2", verdict: "PENDING" }]);
    const element = document.createElement("div");
    const editor = new Editor({ element, content: doc, extensions: createEditorExtensions({ claim: { verdicts } }) });
    const span = (id: string) => element.querySelector<HTMLElement>(`[data-claim-id="${id}"]`)!;
    expect(span("c1").getAttribute("data-verdict")).toBe("VERIFIED");
    expect(span("c2").getAttribute("data-verdict")).toBe("PENDING");

    const untouched = span("c2");
    verdicts.sync([{ id: "c1", verdict: "DISPUTED" }, { id: "c2", verdict: "PENDING" }]);
    expect(span("c1").getAttribute("data-verdict")).toBe("DISPUTED");
    expect(span("c2")).toBe(untouched);
    // The document is unchanged: the verdict is not in it.
    expect(JSON.stringify(editor.getJSON())).not.toContain("DISPUTED");

    verdicts.sync([{ id: "c2", verdict: "PENDING" }]);
    expect(span("c1").hasAttribute("data-verdict")).toBe(false);
    editor.destroy();
  });
});
