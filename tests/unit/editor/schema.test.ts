import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/domain/errors";
import { editorSchema, parseDoc } from "@/lib/editor/schema";

const text = (value: string, marks?: unknown[]) => (marks ? { type: "text", text: value, marks } : { type: "text", text: value });
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const doc = (...content: unknown[]) => ({ type: "doc", content });

function validationError(input: unknown): AppError {
  try {
    parseDoc(input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION");
    expect((error as AppError).message).toMatch(/not a valid document/);
    return error as AppError;
  }
  throw new Error("parseDoc accepted invalid input");
}

describe("editorSchema", () => {
  it("holds exactly the nodes and marks an imported article needs", () => {
    expect(Object.keys(editorSchema.nodes).sort()).toEqual(
      ["blockquote", "bulletList", "doc", "hardBreak", "heading", "listItem", "orderedList", "paragraph", "text"].sort(),
    );
    expect(Object.keys(editorSchema.marks).sort()).toEqual(["bold", "claim", "italic", "link"]);
  });

  it("lets claim marks overlap and keeps them out of typed text", () => {
    const claim = editorSchema.marks.claim;
    expect(claim.spec.inclusive).toBe(false);
    const a = claim.create({ claimId: "a" });
    const b = claim.create({ claimId: "b" });
    expect(b.addToSet(a.addToSet([]))).toHaveLength(2);
  });
});

describe("parseDoc", () => {
  it("accepts a document of the schema and serializes it back unchanged", () => {
    const input = doc(
      { type: "heading", attrs: { level: 2 }, content: [text("Title")] },
      paragraph(
        text("Hello "),
        text("bold", [{ type: "bold" }]),
        { type: "hardBreak" },
        text("link", [{ type: "link", attrs: { href: "https://example.com" } }]),
        text(" claimed", [{ type: "claim", attrs: { claimId: "c1" } }, { type: "italic" }]),
      ),
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("item"))] }] },
      { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [paragraph(text("n"))] }] },
      { type: "blockquote", content: [paragraph(text("quoted"))] },
    );
    const node = parseDoc(input);
    expect(node.type.name).toBe("doc");
    expect(parseDoc(node.toJSON()).eq(node)).toBe(true);
    expect(node.childCount).toBe(5);
  });

  it("drops claim marks on request, keeping the text and other marks", () => {
    const input = doc(paragraph(text("Hua ", [{ type: "bold" }]), text("said", [{ type: "bold" }, { type: "claim", attrs: { claimId: "c1" } }])));
    const node = parseDoc(input, { dropClaims: true });
    expect(JSON.stringify(node.toJSON())).not.toContain("claim");
    expect(node.toJSON()).toEqual(doc(paragraph(text("Hua said", [{ type: "bold" }]))));
  });

  it("rejects values that are not a document object", () => {
    for (const input of [null, undefined, "doc", 42, [], {}, { type: "paragraph" }]) validationError(input);
  });

  it("rejects unknown nodes and marks", () => {
    validationError(doc({ type: "image", attrs: { src: "x.png" } }));
    validationError(doc({ type: "codeBlock", content: [text("x")] }));
    validationError(doc(paragraph(text("x", [{ type: "strike" }]))));
    validationError(doc(paragraph(text("x", [{ type: "underline" }]))));
  });

  it("rejects content in the wrong place", () => {
    validationError(doc(text("loose text")));
    validationError({ type: "doc", content: [] });
    validationError(doc({ type: "bulletList", content: [paragraph(text("no list item"))] }));
    validationError(doc(paragraph(paragraph(text("nested")))));
    validationError(doc(paragraph({ type: "text", text: "" })));
    validationError(doc(paragraph({ type: "text" })));
    validationError(doc(paragraph(text("x", [{ type: "bold" }, { type: "bold" }]))));
  });

  it("rejects attribute values the schema cannot hold", () => {
    validationError(doc({ type: "heading", attrs: { level: 6 }, content: [text("h6")] }));
    validationError(doc(paragraph(text("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]))));
    validationError(doc(paragraph(text("x", [{ type: "link", attrs: { href: "/relative" } }]))));
    validationError(doc(paragraph(text("x", [{ type: "claim", attrs: {} }]))));
    validationError(doc(paragraph(text("x", [{ type: "claim", attrs: { claimId: 7 } }]))));
    validationError(doc(paragraph(text("x", [{ type: "claim", attrs: { claimId: "" } }]))));
  });

  it("rejects absurdly deep nesting without overflowing the stack", () => {
    let node: unknown = paragraph(text("deep"));
    for (let i = 0; i < 20_000; i++) node = { type: "blockquote", content: [node] };
    validationError(doc(node));
    let fine: unknown = paragraph(text("quote in quote"));
    for (let i = 0; i < 10; i++) fine = { type: "blockquote", content: [fine] };
    expect(parseDoc(doc(fine)).textContent).toBe("quote in quote");
  });
});
