import { AppError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/parse-input";
import { readJson } from "@/lib/http/api-handler";
import type { BodySpec } from "@/lib/http/route-spec";
import { FORM_OVERHEAD_BYTES, jsonBodyLimit, readCappedForm } from "@/lib/http/read-capped-body";
import { formatBytes } from "@/lib/import/detect-file-kind";

/**
 * Reads a request body the way its route declares it: multipart/form-data
 * into one object of fields (files as File), anything else as JSON, each
 * parsed by its schema. A raw body is left for the handler to read.
 * @throws AppError VALIDATION, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE
 */
export async function readRequestBody(request: Request, spec: BodySpec | undefined): Promise<unknown> {
  if (!spec || spec.raw) return undefined;
  const multipart = request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data");
  if (multipart && spec.multipart) return parseInput(spec.multipart, await readForm(request, spec.maxBytes));
  if (spec.json) return readJson(request, spec.json);
  throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as multipart/form-data.");
}

async function readForm(request: Request, maxBytes: (() => number) | undefined): Promise<Record<string, FormDataEntryValue>> {
  // Refuse an oversized upload before reading it into memory, and cut off one that does not say its size.
  const limit = maxBytes ? maxBytes() : jsonBodyLimit() - FORM_OVERHEAD_BYTES;
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > limit + FORM_OVERHEAD_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The upload is ${formatBytes(length)}; up to ${formatBytes(limit)} can be uploaded.`);
  }
  const form = await readCappedForm(request, limit + FORM_OVERHEAD_BYTES);
  // Empty fields count as absent, as in an HTML form left blank.
  return Object.fromEntries([...form.entries()].filter(([, value]) => value !== ""));
}
