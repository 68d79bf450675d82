import { buildDocx } from "@/lib/factories/build-docx";

/**
 * The inputs that once froze the server (issue 11, section 1), built in
 * memory for the freeze test and the import bench. Sizes are the reported ones.
 */

const SENTENCE = "The council said the harbour tunnel would open in June, two years late. ";

/** A 179 KB-ish .docx whose XML unpacks to about 50 MB: a "zip bomb". */
export function docxBomb(unpackedMegabytes = 50): Uint8Array {
  // Whitespace between elements is legal XML and compresses about 1000:1.
  const padding = " ".repeat(unpackedMegabytes * 1024 * 1024);
  return buildDocx([["Title", "A harmless-looking file"], ["", SENTENCE]], { deflate: true, padding });
}

/** A small .docx holding `paragraphs` paragraphs (20,000 gives about 2 MB of XML). */
export function manyParagraphsDocx(paragraphs = 20_000): Uint8Array {
  return buildDocx(Array.from({ length: paragraphs }, (_, i) => ["", `${i + 1}. ${SENTENCE}`]), { deflate: true });
}

/** Pasted HTML with `paragraphs` paragraphs (12,000 is about 0.6 MB, as reported). */
export function manyParagraphsHtml(paragraphs = 12_000): string {
  return Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i + 1}: ${SENTENCE.slice(0, 30)}</p>`).join("\n");
}

/** `bytes` of prose without a single line break (sentences, so the segmenter has work to do). */
export function textWithoutLineBreaks(bytes: number): string {
  return SENTENCE.repeat(Math.ceil(bytes / SENTENCE.length)).slice(0, bytes).trim();
}

/** `bytes` of prose with a paragraph break after every few sentences. */
export function textWithLineBreaks(bytes: number): string {
  const paragraph = `${SENTENCE.repeat(4).trim()}\n\n`;
  return paragraph.repeat(Math.ceil(bytes / paragraph.length)).slice(0, bytes).trim();
}
