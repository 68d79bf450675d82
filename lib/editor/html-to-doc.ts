// Server only: @tiptap/html/server parses and serializes with happy-dom, which
// must not reach the browser bundle. The browser editor gets HTML via editor.getHTML().
import type { JSONContent } from "@tiptap/core";
import { generateHTML, generateJSON } from "@tiptap/html/server";
import { Fragment, type Node as ProseMirrorNode, type ParseOptions } from "@tiptap/pm/model";

import { editorExtensions } from "@/lib/editor/extensions";
import { parseDoc } from "@/lib/editor/schema";

// ProseMirror glues the cells of a row into one paragraph ("cellcell") because
// it does not treat them as blocks; one paragraph per cell keeps words apart.
const CELL_TAGS = new Set(["TD", "TH", "CAPTION", "DT"]);
const parseOptions = {
  // ruleFromNode is marked internal in prosemirror-model's typings but is what
  // prosemirror-view's clipboard parser uses; a unit test guards the behaviour.
  ruleFromNode: (dom: { nodeName: string }) => (CELL_TAGS.has(dom.nodeName) ? { node: "paragraph" } : null),
} as ParseOptions;

/**
 * Convert (already sanitized) article HTML into TipTap JSON of the article
 * schema. Anything the schema lacks is dropped by ProseMirror's parser:
 * scripts and images vanish, table cells and other blocks keep their text as
 * paragraphs, links keep only http(s)/mailto hrefs. Blank paragraphs (spacers
 * such as `<p>&nbsp;</p>`) are removed. Scripts are never run.
 */
export function htmlToDoc(html: string): JSONContent {
  return htmlToDocNode(html).toJSON() as JSONContent;
}

/** htmlToDoc as a document node, e.g. for `docToPlainText(htmlToDocNode(html))`. */
export function htmlToDocNode(html: string): ProseMirrorNode {
  const json = generateJSON(html, editorExtensions, parseOptions);
  // Through the validator, so the result is exactly what parseDoc would store.
  return dropBlankParagraphs(parseDoc(json));
}

/**
 * Render a document as HTML with the shared extensions (claim marks become
 * `span[data-claim-id]`).
 * @throws AppError VALIDATION when `json` does not fit the schema.
 */
export function docToHtml(json: unknown): string {
  const doc = parseDoc(json);
  return generateHTML(doc.toJSON() as JSONContent, editorExtensions);
}

function isBlank(node: ProseMirrorNode): boolean {
  return node.type.name === "paragraph" && node.textContent.trim() === "";
}

/** Removes blank paragraphs wherever the parent stays valid without them (a list item needs its first). */
function dropBlankParagraphs(node: ProseMirrorNode): ProseMirrorNode {
  if (node.isTextblock || node.isLeaf) return node;
  const cleaned: ProseMirrorNode[] = [];
  node.forEach((child) => cleaned.push(dropBlankParagraphs(child)));
  const kept = Fragment.fromArray(cleaned.filter((child) => !isBlank(child)));
  return node.copy(node.type.validContent(kept) ? kept : Fragment.fromArray(cleaned));
}
