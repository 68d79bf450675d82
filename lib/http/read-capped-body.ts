import { AppError } from "@/lib/domain/errors";
import { formatBytes } from "@/lib/import/detect-file-kind";

/**
 * Reads a request body as UTF-8 text, refusing it (413) as soon as it passes
 * `maxBytes`: a declared Content-Length is checked before reading, and the
 * stream is counted as it arrives, so an undeclared or lying body is cut off too.
 */
export async function readCappedText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The body is over ${formatBytes(maxBytes)}; send a smaller file.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return "";
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
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}
