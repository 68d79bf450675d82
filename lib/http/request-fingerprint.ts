import { createHash } from "node:crypto";
import { FORM_OVERHEAD_BYTES, jsonBodyLimit, readCappedBytes } from "@/lib/http/read-capped-body";
import type { BodySpec } from "@/lib/http/route-spec";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A form's or parsed body's fields, each file as its name, type and content hash (a File serialises to `{}`). */
async function fieldsOf(entries: [string, unknown][]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    out[name] = value instanceof Blob
      ? { name: value instanceof File ? value.name : undefined, type: value.type, sha256: sha256(new Uint8Array(await value.arrayBuffer())) }
      : value;
  }
  return out;
}

/**
 * What makes two requests "the same request" for Idempotency-Key: the body as
 * parsed by the route's schema (so key order and blank fields do not matter),
 * files by content. A raw body, which the handler reads itself, is read here
 * from a copy under the same cap: a form by its fields (its boundary differs
 * every time), anything else by its bytes.
 */
export async function requestFingerprint(request: Request, spec: BodySpec | undefined, parsed: unknown): Promise<unknown> {
  if (!spec?.raw) return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? fieldsOf(Object.entries(parsed)) : parsed;
  const copy = request.clone();
  const bytes = await readCappedBytes(copy, (spec.maxBytes?.() ?? jsonBodyLimit()) + FORM_OVERHEAD_BYTES);
  const type = request.headers.get("content-type") ?? "";
  if (type.toLowerCase().startsWith("multipart/form-data")) {
    const form = await new Response(new Uint8Array(bytes), { headers: { "content-type": type } }).formData().catch(() => null);
    if (form) return fieldsOf([...form.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
  return { query: new URL(request.url).search, sha256: sha256(bytes) };
}
