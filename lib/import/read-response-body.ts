import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { AppError } from "@/lib/domain/errors";
import { formatBytes } from "@/lib/import/detect-file-kind";

function decompressed(res: IncomingMessage): Readable {
  const encoding = String(res.headers["content-encoding"] ?? "").trim().toLowerCase();
  const decoder = encoding === "gzip" || encoding === "x-gzip" ? zlib.createGunzip()
    : encoding === "deflate" ? zlib.createInflate()
    : encoding === "br" ? zlib.createBrotliDecompress()
    : undefined;
  if (!decoder) return res;
  // pipe() does not forward errors, and an aborted response must end the read.
  res.on("error", (error) => decoder.destroy(error));
  return res.pipe(decoder);
}

/**
 * Reads a response body, decompressing it, and stops as soon as more than
 * `maxBytes` have arrived (counted after decompression, so a small
 * compressed bomb cannot slip through).
 */
export async function readResponseBody(res: IncomingMessage, maxBytes: number, url: string): Promise<Buffer> {
  const stream = decompressed(res);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      res.destroy();
      stream.destroy();
      throw new AppError("PAYLOAD_TOO_LARGE", `The page at ${url} is larger than ${formatBytes(maxBytes)}, the import limit.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Decodes with the charset from Content-Type or a <meta charset>, falling back to UTF-8. */
export function decodeResponseBody(bytes: Buffer, contentType: string | undefined): string {
  const head = bytes.subarray(0, 2048).toString("latin1");
  const charset = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? "")?.[1]
    ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]
    ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
