import { getSchema } from "@tiptap/core";
import { Node as ProseMirrorNode, type Schema } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";

import { AppError } from "@/lib/domain/errors";
import { editorExtensions, HEADING_LEVELS, isAllowedHref } from "@/lib/editor/extensions";

/** The article schema, built from the same extension list the browser editor uses. */
export const editorSchema: Schema = getSchema(editorExtensions);

const INVALID = "The article content is not a valid document";
/** Articles nest a few levels (quote > list > item > paragraph); far deeper is an attack or a bug. */
export const MAX_DEPTH = 64;

export interface ParseDocOptions {
  /**
   * Remove claim marks. Claims live in their own rows with anchors, so a
   * revision saved from an annotating editor should not carry them.
   */
  dropClaims?: boolean;
}

/**
 * Parse untrusted TipTap JSON into a document of the article schema.
 * Store `parseDoc(json).toJSON()` rather than the input: unknown attributes
 * are dropped and defaults filled in, so equal documents serialize equally.
 * @throws AppError VALIDATION when the JSON does not fit the schema.
 */
export function parseDoc(json: unknown, options: ParseDocOptions = {}): ProseMirrorNode {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new AppError("VALIDATION", `${INVALID}: expected a JSON object.`);
  }
  if ((json as { type?: unknown }).type !== "doc") {
    throw new AppError("VALIDATION", `${INVALID}: the top node must have type "doc".`);
  }
  if (depthOf(json) > MAX_DEPTH) {
    throw new AppError("VALIDATION", `${INVALID}: it nests deeper than ${MAX_DEPTH} levels.`);
  }
  let doc: ProseMirrorNode;
  try {
    doc = ProseMirrorNode.fromJSON(editorSchema, json);
    doc.check();
  } catch (error) {
    // ProseMirror throws RangeError (and deep nesting a stack overflow); none may escape raw.
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError("VALIDATION", `${INVALID}: ${reason}.`);
  }
  checkAttributeValues(doc);
  if (!options.dropClaims) return doc;
  return new Transform(doc).removeMark(0, doc.content.size, editorSchema.marks.claim).doc;
}

/** The schema only knows attribute names; these are the values it cannot check itself. */
function checkAttributeValues(doc: ProseMirrorNode): void {
  doc.descendants((node) => {
    if (node.type.name === "heading" && !HEADING_LEVELS.includes(node.attrs.level)) {
      throw new AppError(
        "VALIDATION",
        `${INVALID}: heading level ${JSON.stringify(node.attrs.level)} is not one of ${HEADING_LEVELS.join(", ")}.`,
      );
    }
    for (const mark of node.marks) {
      if (mark.type.name === "link" && !isAllowedHref(mark.attrs.href)) {
        throw new AppError("VALIDATION", `${INVALID}: links must be http, https or mailto addresses.`);
      }
      if (mark.type.name === "claim" && !mark.attrs.claimId) {
        throw new AppError("VALIDATION", `${INVALID}: a claim mark has an empty claim id.`);
      }
    }
    return true;
  });
}

/** Nesting depth of TipTap JSON, walked without recursion so hostile input cannot overflow the stack. */
function depthOf(json: object): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[json, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (depth > MAX_DEPTH) break;
    const content = (node as { content?: unknown } | null)?.content;
    if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1]);
  }
  return max;
}
