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
    expect(span("c1").hasAttribute("aria-label")).toBe(false);
    editor.destroy();
  });

  it("names each claim span with its verdict and wording, and a re-rating renames only that claim's spans", () => {
    const quote = (exact: string) => ({ quote: { exact } });
    const verdicts = new ClaimVerdictIndex();
    verdicts.sync([
      { id: "c1", verdict: "DISPUTED", anchor: quote("resumed on Tuesday") },
      { id: "c2", verdict: "PENDING", anchor: quote("a pause") },
    ]);
    const element = document.createElement("div");
    const editor = new Editor({ element, content: doc, extensions: createEditorExtensions({ claim: { verdicts } }) });
    const span = (id: string) => element.querySelector<HTMLElement>(`[data-claim-id="${id}"]`)!;
    expect(span("c1").getAttribute("role")).toBe("group");
    expect(span("c1").getAttribute("aria-label")).toBe("Claim, disputed: resumed on Tuesday");
    expect(span("c2").getAttribute("aria-label")).toBe("Claim, pending: a pause");

    // Watch which spans change: only c1's, and only its two attributes.
    const changed: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) changed.push(`${(r.target as HTMLElement).dataset.claimId}:${r.attributeName}`);
    });
    observer.observe(element, { attributes: true, subtree: true, childList: true });
    verdicts.sync([
      { id: "c1", verdict: "VERIFIED", anchor: quote("resumed on Tuesday") },
      { id: "c2", verdict: "PENDING", anchor: quote("a pause") },
    ]);
    const records = observer.takeRecords();
    for (const r of records) changed.push(`${(r.target as HTMLElement).dataset.claimId}:${r.attributeName}`);
    observer.disconnect();
    expect(changed.sort()).toEqual(["c1:aria-label", "c1:data-verdict"]);
    expect(span("c1").getAttribute("aria-label")).toBe("Claim, verified: resumed on Tuesday");

    verdicts.sync([
      { id: "c1", verdict: "VERIFIED", anchor: quote("resumed on Wednesday"), textChange: { at: "2026-03-02T10:00:00Z", previousText: "resumed on Tuesday" } },
      { id: "c2", verdict: "PENDING", anchor: quote("a pause") },
    ]);
    expect(span("c1").getAttribute("aria-label")).toBe("Claim, verified, text changed since it was rated: resumed on Wednesday");
    editor.destroy();
  });
});
