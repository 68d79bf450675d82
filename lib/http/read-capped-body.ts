import { AppError } from "@/lib/domain/errors";
import { formatBytes, importByteLimit } from "@/lib/import/detect-file-kind";

/** Room for the other fields and the multipart framing beside an upload at its limit. */
export const FORM_OVERHEAD_BYTES = 65_536;

/**
 * The cap on a JSON body: an import's text may arrive in one (escaped, so up
 * to twice its size) beside a few fields. Every other JSON body is far smaller.
 */
export function jsonBodyLimit(): number {
  return 2 * importByteLimit() + FORM_OVERHEAD_BYTES;
}

/**
 * Reads a request body, refusing it (413) as soon as it passes `maxBytes`: a
 * declared Content-Length is checked before reading, and the stream is
 * counted as it arrives, so an undeclared or lying body is cut off too.
 */
export async function readCappedBytes(request: Request, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The request body is over ${formatBytes(maxBytes)}; send less at once.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** readCappedBytes decoded as UTF-8 text. */
export async function readCappedText(request: Request, maxBytes: number): Promise<string> {
  return new TextDecoder("utf-8", { fatal: false }).decode(await readCappedBytes(request, maxBytes));
}

/** A multipart/form-data body read under a cap (a chunked upload without Content-Length included). */
export async function readCappedForm(request: Request, maxBytes: number): Promise<FormData> {
  const bytes = await readCappedBytes(request, maxBytes);
  const type = request.headers.get("content-type") ?? "";
  return new Response(new Uint8Array(bytes), { headers: { "content-type": type } }).formData().catch(() => {
    throw new AppError("VALIDATION", "The upload could not be read as multipart/form-data.");
  });
}
