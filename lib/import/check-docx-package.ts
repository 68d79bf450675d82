import { AppError } from "@/lib/domain/errors";
import { formatBytes } from "@/lib/import/detect-file-kind";

/** A Word file has a few dozen parts; thousands mean a crafted package. */
export const MAX_DOCX_ENTRIES = 1_000;
/** The unpacked XML and text of a Word file (media is never unpacked); 25 MB holds a book. */
export const MAX_DOCX_UNPACKED_BYTES = 25 * 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
/** Parts mammoth never unpacks: images and other media (the importer drops them). */
const MEDIA_PART = /^word\/media\/|\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp|bin)$/i;

/** What a ZIP package's central directory declares, read without unpacking anything. */
export interface ZipDirectory {
  entries: number;
  /** Sum of the declared uncompressed sizes of the parts that would be unpacked. */
  unpackedBytes: number;
}

/** Reads the central directory of a ZIP; null when the bytes are not a readable ZIP. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment of up to 64 KB.
  let eocd = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  // ZIP64 markers: a Word file never needs them, so such a package counts as too big.
  if (entries === 0xffff || directoryOffset === 0xffffffff) return { entries: Infinity, unpackedBytes: Infinity };
  let at = directoryOffset;
  let unpackedBytes = 0;
  const decoder = new TextDecoder();
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL_ENTRY_SIGNATURE) return null;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (size === 0xffffffff) unpackedBytes = Infinity;
    else if (!MEDIA_PART.test(name)) unpackedBytes += size;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, unpackedBytes };
}

/**
 * Refuses a .docx that would unpack to too much (a "zip bomb": a few KB
 * that inflate to gigabytes) or that holds too many parts, before anything
 * is unpacked. The declared sizes can lie; the import worker's memory and
 * time limits catch those.
 * @throws AppError PAYLOAD_TOO_LARGE
 */
export function checkDocxPackage(bytes: Uint8Array, fileName: string): void {
  const directory = readZipDirectory(bytes);
  if (!directory) return; // Not a readable ZIP: mammoth's own error names the file.
  if (directory.entries > MAX_DOCX_ENTRIES) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `“${fileName}” holds ${Number.isFinite(directory.entries) ? directory.entries : "too many"} parts; a Word file can hold up to ${MAX_DOCX_ENTRIES}. Save the article as a new .docx or paste its text.`,
    );
  }
  if (directory.unpackedBytes > MAX_DOCX_UNPACKED_BYTES) {
    const size = Number.isFinite(directory.unpackedBytes) ? `to ${formatBytes(directory.unpackedBytes)}` : "to more than 4 GB";
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `“${fileName}” unpacks ${size} of text and markup; Word files of up to ${formatBytes(MAX_DOCX_UNPACKED_BYTES)} unpacked can be imported. Save the article as a smaller file or paste its text.`,
    );
  }
}
