import { Editor, type JSONContent } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";

import { editorExtensions } from "@/lib/editor/extensions";
import { docToHtml, htmlToDoc } from "@/lib/editor/html-to-doc";
import { parseDoc } from "@/lib/editor/schema";

const CONTENT: JSONContent = {
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "Hua Chunying said China respected sovereignty." }] },
    { type: "paragraph", content: [{ type: "text", text: "She blamed NATO." }] },
  ],
};

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** Claim ids on each text node of the document JSON, in order. */
function claimsPerTextNode(json: JSONContent): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  const walk = (node: JSONContent) => {
    if (node.type === "text") {
      out.push([node.text ?? "", (node.marks ?? []).filter((m) => m.type === "claim").map((m) => m.attrs?.claimId)]);
    }
    node.content?.forEach(walk);
  };
  walk(json);
  return out;
}

describe("ClaimMark", () => {
  it("keeps two claims on overlapping ranges, both in the document JSON", () => {
    editor = new Editor({ extensions: editorExtensions, content: CONTENT });
    // "Hua Chunying said" = 1..18, "said China" = 14..24
    expect(editor.commands.setClaim({ claimId: "a" }, { from: 1, to: 18 })).toBe(true);
    expect(editor.commands.setClaim({ claimId: "b" }, { from: 14, to: 24 })).toBe(true);
    const json = editor.getJSON();
    expect(claimsPerTextNode(json).slice(0, 4)).toEqual([
      ["Hua Chunying ", ["a"]],
      ["said", ["a", "b"]],
      [" China", ["b"]],
      [" respected sovereignty.", []],
    ]);
    // The server accepts the JSON and the HTML round trip keeps both claims.
    expect(parseDoc(json).toJSON()).toEqual(json);
    const html = docToHtml(json);
    expect(html).toContain('data-claim-id="a"');
    expect(html).toContain('data-claim-id="b"');
    expect(htmlToDoc(html)).toEqual(json);
  });

  it("nests a claim inside another and spans paragraphs", () => {
    editor = new Editor({ extensions: editorExtensions, content: CONTENT });
    const end = editor.state.doc.content.size - 1;
    editor.commands.setClaim({ claimId: "outer" }, { from: 1, to: end });
    editor.commands.setClaim({ claimId: "inner" }, { from: 19, to: 24 });
    const claims = claimsPerTextNode(editor.getJSON());
    expect(claims.every(([, ids]) => ids.includes("outer"))).toBe(true);
    expect(claims.find(([text]) => text === "China")?.[1]).toEqual(["outer", "inner"]);
  });

  it("marks the selection by default and refuses an empty one", () => {
    editor = new Editor({ extensions: editorExtensions, content: CONTENT });
    editor.commands.setTextSelection({ from: 5, to: 13 });
    expect(editor.commands.setClaim({ claimId: "sel" })).toBe(true);
    expect(claimsPerTextNode(editor.getJSON())[1]).toEqual(["Chunying", ["sel"]]);
    editor.commands.setTextSelection(3);
    expect(editor.commands.setClaim({ claimId: "none" })).toBe(false);
  });

  it("removes one claim and leaves the others", () => {
    editor = new Editor({ extensions: editorExtensions, content: CONTENT });
    editor.commands.setClaim({ claimId: "a" }, { from: 1, to: 18 });
    editor.commands.setClaim({ claimId: "b" }, { from: 14, to: 24 });
    editor.commands.unsetClaim("a");
    const claims = claimsPerTextNode(editor.getJSON()).filter(([, ids]) => ids.length > 0);
    expect(claims).toEqual([["said China", ["b"]]]);
  });

  it("does not grow when text is typed at its edge", () => {
    editor = new Editor({ extensions: editorExtensions, content: CONTENT });
    editor.commands.setClaim({ claimId: "a" }, { from: 1, to: 4 }); // "Hua"
    // insertText without marks takes the marks at the cursor, as typing does.
    const type = (pos: number, text: string) =>
      editor!.commands.command(({ tr }) => {
        tr.insertText(text, pos);
        return true;
      });
    type(4, "!");
    type(1, "¡");
    expect(claimsPerTextNode(editor.getJSON()).slice(0, 3)).toEqual([
      ["¡", []],
      ["Hua", ["a"]],
      ["! Chunying said China respected sovereignty.", []],
    ]);
    type(3, "h"); // inside the claim it does extend
    expect(claimsPerTextNode(editor.getJSON())[1]).toEqual(["Hhua", ["a"]]);
  });

  it("renders only the claim id and parses span[data-claim-id]", () => {
    const json = htmlToDoc('<p><span data-claim-id="c9" class="x" style="color:red">claim</span> <span>plain</span></p>');
    expect(json.content?.[0].content?.[0].marks).toEqual([{ type: "claim", attrs: { claimId: "c9" } }]);
    expect(docToHtml(json)).toBe('<p><span data-claim-id="c9">claim</span> plain</p>');
    expect(JSON.stringify(htmlToDoc('<p><span data-claim-id="">x</span></p>'))).not.toContain("claim");
  });
});
