import { AppError } from "@/lib/domain/errors";

/** The kinds of file an article can be imported from. */
export type FileKind = "txt" | "html" | "md" | "docx";

/** Default cap on an imported file, pasted text or fetched page: 5 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The cap in force: IMPORT_MAX_BYTES when it is a positive whole number, else MAX_IMPORT_BYTES. */
export function importByteLimit(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.IMPORT_MAX_BYTES);
  return Number.isInteger(value) && value > 0 ? value : MAX_IMPORT_BYTES;
}

/** "5 MB", "812 KB": sizes as a newsroom user reads them, rounded up so an oversize file never reads as the limit. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.ceil((bytes / (1024 * 1024)) * 10) / 10} MB`;
  return bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${bytes} bytes`;
}

const EXTENSIONS: Record<string, FileKind> = {
  txt: "txt", text: "txt", html: "html", htm: "html", xhtml: "html",
  md: "md", markdown: "md", mdown: "md", mkd: "md", docx: "docx",
};
const MIME_TYPES: Record<string, FileKind> = {
  "text/plain": "txt", "text/html": "html", "application/xhtml+xml": "html",
  "text/markdown": "md", "text/x-markdown": "md",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};
const SUPPORTED = "Supported files are .txt, .html, .md and .docx.";
/** Advice for the formats people most often try. */
const ADVICE: Record<string, string> = {
  pdf: "PDF files cannot be imported; copy the article text from the PDF and paste it instead.",
  doc: "Old Word (.doc) files cannot be imported; open the file in Word and save it as .docx.",
  rtf: "RTF files cannot be imported; save the file as .docx or plain text.",
  odt: "OpenDocument files cannot be imported; save the file as .docx.",
  pages: "Pages files cannot be imported; export the file as .docx.",
};

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

/** Recognises binary formats by their magic numbers. */
function sniffBinary(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, ascii("%PDF"))) return "pdf";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return "doc";
  if (startsWith(bytes, ascii("{\\rtf"))) return "rtf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  const image = startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])
    || startsWith(bytes, ascii("GIF8")) || (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8))
    || startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]);
  if (image) return "image";
  if (startsWith(bytes, [0x1f, 0x8b])) return "compressed";
  return undefined;
}

/** A .docx is a ZIP package whose entry names (stored uncompressed) include word/document.xml. */
function isDocxPackage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes("word/document.xml");
}

function unsupported(message: string): AppError {
  return new AppError("UNSUPPORTED_MEDIA_TYPE", message);
}

/**
 * Decodes a text file: UTF-8 (BOM optional) or UTF-16 with a BOM. Anything
 * with NUL bytes or invalid UTF-8 is refused as binary, naming the file.
 */
export function decodeTextFile(bytes: Uint8Array, fileName: string): string {
  // NUL cannot be stored; in a UTF-16 file it is a stray character, not a sign of binary data.
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2)).replace(/\u0000/g, "");
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2)).replace(/\u0000/g, "");
  const notText = unsupported(
    `“${fileName}” is not a text file (it contains binary data or is not UTF-8 encoded). ${SUPPORTED}`,
  );
  if (bytes.includes(0)) throw notText;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw notText;
  }
}

/** An uploaded file as the server receives it. */
export interface ImportFile {
  fileName: string;
  mimeType?: string;
  bytes: Uint8Array;
}

/**
 * Decides what kind of article file was uploaded from its extension, its
 * declared MIME type and its first bytes. The content has the last word: a
 * PDF renamed to .txt, or a .docx that is not a Word package, is refused.
 * Throws PAYLOAD_TOO_LARGE above importByteLimit(), EMPTY_CONTENT for an
 * empty file and UNSUPPORTED_MEDIA_TYPE for anything else it cannot import.
 */
export function detectFileKind(file: ImportFile): FileKind {
  const { fileName, bytes } = file;
  const limit = importByteLimit();
  if (bytes.byteLength > limit) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `“${fileName}” is ${formatBytes(bytes.byteLength)}; files up to ${formatBytes(limit)} can be imported.`,
    );
  }
  if (bytes.byteLength === 0) throw new AppError("EMPTY_CONTENT", `“${fileName}” is empty.`);

  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const byExtension = ext ? EXTENSIONS[ext] : undefined;
  const byMime = MIME_TYPES[file.mimeType?.split(";")[0].trim().toLowerCase() ?? ""];
  const binary = sniffBinary(bytes);

  if (binary === "zip") {
    if (isDocxPackage(bytes)) return "docx";
    throw unsupported(`“${fileName}” is a ZIP archive or office file, not a Word document. ${SUPPORTED}`);
  }
  if (binary) {
    const what = binary === "image" ? "an image" : "a compressed file";
    throw unsupported(ADVICE[binary] ? `“${fileName}”: ${ADVICE[binary]}` : `“${fileName}” is ${what}, not an article. ${SUPPORTED}`);
  }
  if (byExtension === "docx" || (!byExtension && byMime === "docx")) {
    throw unsupported(`“${fileName}” is not a valid Word (.docx) document. Save it again from Word, or paste its text.`);
  }
  if (ext && !byExtension) {
    throw unsupported(ADVICE[ext] ? `“${fileName}”: ${ADVICE[ext]}` : `“${fileName}” cannot be imported. ${SUPPORTED}`);
  }
  const text = decodeTextFile(bytes, fileName).slice(0, 2048);
  return byExtension ?? byMime ?? (/^\s*(<!doctype html|<html|<head|<body)/i.test(text) ? "html" : "txt");
}
