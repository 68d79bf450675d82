import type { JSONContent } from "@tiptap/core";

/** A TipTap document of plain paragraphs, one per string (article bodies, rationales). */
export function paragraphsDoc(paragraphs: readonly string[]): JSONContent {
  return { type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) };
}

/** Blank-line-separated blocks of `text`, trimmed, empty ones dropped. */
export function splitParagraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}
