/** What makes a string unstorable: Postgres text and JSON hold neither NUL nor half a surrogate pair. */
export type TextProblem = "a NUL character (U+0000)" | "a lone surrogate (half of an emoji or other character)";

const NUL = /\u0000/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The problem of one string, or null. Linear in its length. */
export function textProblem(text: string): TextProblem | null {
  if (NUL.test(text)) return "a NUL character (U+0000)";
  if (LONE_SURROGATE.test(text)) return "a lone surrogate (half of an emoji or other character)";
  return null;
}

/**
 * Finds the first string (or object key) in an input that Postgres could not
 * store, with its path ("metadata.title"). Binary values (files, bytes) are
 * not text and are skipped.
 */
export function findUnstorableText(value: unknown, path: string[] = [], depth = 0): { path: string; problem: TextProblem } | null {
  if (typeof value === "string") {
    const problem = textProblem(value);
    return problem ? { path: path.join("."), problem } : null;
  }
  if (depth > 64 || value === null || typeof value !== "object" || ArrayBuffer.isView(value) || value instanceof Date) return null;
  if (typeof Blob !== "undefined" && value instanceof Blob) return null;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, inner] of entries) {
    const keyProblem = textProblem(key);
    if (keyProblem) return { path: [...path, key.replace(/[\u0000\ud800-\udfff]/g, "\ufffd")].join("."), problem: keyProblem };
    const found = findUnstorableText(inner, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
