import { AppError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/parse-input";
import { readJson } from "@/lib/http/api-handler";
import type { BodySpec } from "@/lib/http/route-spec";
import { formatBytes } from "@/lib/import/detect-file-kind";

/** Room for the other form fields and the multipart framing beside an upload at its limit. */
const FORM_OVERHEAD_BYTES = 65_536;

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
  if (maxBytes) {
    // Refuse an oversized upload before reading it into memory.
    const length = Number(request.headers.get("content-length") ?? 0);
    const limit = maxBytes();
    if (length > limit + FORM_OVERHEAD_BYTES) {
      throw new AppError("PAYLOAD_TOO_LARGE", `The upload is ${formatBytes(length)}; up to ${formatBytes(limit)} can be uploaded.`);
    }
  }
  const form = await request.formData().catch(() => {
    throw new AppError("VALIDATION", "The upload could not be read as multipart/form-data.");
  });
  // Empty fields count as absent, as in an HTML form left blank.
  return Object.fromEntries([...form.entries()].filter(([, value]) => value !== ""));
}
