import { z } from "zod";
import { AppError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/parse-input";
import { decodeTextFile, detectFileKind, formatBytes, importByteLimit } from "@/lib/import/detect-file-kind";
import { docxToHtml } from "@/lib/import/docx-to-html";
import { fetchArticleUrl } from "@/lib/import/fetch-url";
import {
  previewFromFragment,
  previewFromHtml,
  previewFromText,
  type ImportPreview,
  type SourceContext,
} from "@/lib/import/import-preview";
import { markdownToHtml } from "@/lib/import/markdown-to-html";

export type { ImportPreview } from "@/lib/import/import-preview";

const webAddress = z
  .url({ protocol: /^https?$/, error: "Enter a full web address starting with http:// or https://." })
  .max(2000, "Web addresses can have at most 2000 characters.");

/** A title the caller already knows: only a first line equal to it is taken out as the headline. */
const knownTitle = z.string().trim().max(500).optional();

/** The ways an article can arrive: pasted text or HTML, Markdown, an uploaded file, or a URL to fetch. */
export const importInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), text: z.string(), url: webAddress.optional(), title: knownTitle }),
  z.object({ kind: z.literal("html"), html: z.string(), url: webAddress.optional(), title: knownTitle }),
  z.object({ kind: z.literal("markdown"), markdown: z.string() }),
  z.object({
    kind: z.literal("file"),
    fileName: z.string().trim().min(1, "The file needs a name.").max(255),
    mimeType: z.string().max(255).optional(),
    // z.custom, not z.instanceof: a Node Buffer (ArrayBufferLike-backed) must type-check too.
    bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { error: "The file content is missing." }),
  }),
  z.object({ kind: z.literal("url"), url: webAddress }),
]);
/** Input of prepareImport, before validation. */
export type ImportInput = z.input<typeof importInputSchema>;

function checkSize(text: string, what: string): string {
  const size = Buffer.byteLength(text, "utf8");
  const limit = importByteLimit();
  if (size > limit) {
    throw new AppError("PAYLOAD_TOO_LARGE", `${what} is ${formatBytes(size)}; up to ${formatBytes(limit)} can be imported.`);
  }
  return text;
}

const withoutExtension = (fileName: string) => fileName.replace(/\.[a-z0-9]{1,8}$/i, "").trim() || fileName;

async function fromFile(fileName: string, mimeType: string | undefined, bytes: Uint8Array): Promise<ImportPreview> {
  const kind = detectFileKind({ fileName, mimeType, bytes });
  const ctx: SourceContext = { label: `“${fileName}”`, fallbackTitle: withoutExtension(fileName) };
  if (kind === "docx") return previewFromFragment(await docxToHtml(bytes, fileName), ctx);
  const text = decodeTextFile(bytes, fileName);
  if (kind === "html") return previewFromHtml(text, ctx);
  if (kind === "md") return previewFromFragment(markdownToHtml(text), ctx);
  return previewFromText(text, ctx);
}

async function fromUrl(url: string): Promise<ImportPreview> {
  const page = await fetchArticleUrl(url);
  const warnings = page.finalUrl !== url ? [`${url} redirected to ${page.finalUrl}; the final address was kept.`] : [];
  const ctx: SourceContext = { label: page.finalUrl, url: page.finalUrl, warnings };
  if (page.contentType === "text/html" || page.contentType === "application/xhtml+xml") {
    return previewFromHtml(page.body, ctx);
  }
  if (page.contentType === "text/plain") return previewFromText(page.body, ctx);
  return previewFromFragment(markdownToHtml(page.body, { baseUrl: page.finalUrl }), ctx);
}

/**
 * The single entry point of the import: validates the input, reads or
 * fetches the source, extracts and sanitises the article, strips site
 * furniture and detects its metadata. It neither converts to TipTap JSON nor
 * touches the database; the server layer does both (and duplicate checks).
 * Throws AppError: VALIDATION, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE,
 * UPSTREAM, or EMPTY_CONTENT when nothing of the article is left.
 */
export async function prepareImport(input: ImportInput): Promise<ImportPreview> {
  const source = parseInput(importInputSchema, input);
  switch (source.kind) {
    case "text":
      return previewFromText(checkSize(source.text, "The pasted text"), { label: "the pasted text", url: source.url, title: source.title });
    case "html":
      return previewFromHtml(checkSize(source.html, "The pasted HTML"), { label: "the pasted HTML", url: source.url, title: source.title });
    case "markdown":
      return previewFromFragment(markdownToHtml(checkSize(source.markdown, "The Markdown")), { label: "the Markdown" });
    case "file":
      return fromFile(source.fileName, source.mimeType, source.bytes);
    case "url":
      return fromUrl(source.url);
  }
}
