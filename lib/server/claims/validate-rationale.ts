import "server-only";
import { parseDoc } from "@/lib/editor/schema";

/**
 * A rationale is rich text in the same schema as articles; null clears it.
 * Returns the normalised JSON (or undefined when not given).
 */
export function validateRationale(rationale: Record<string, unknown> | null | undefined) {
  if (rationale === undefined) return undefined;
  if (rationale === null) return null;
  return parseDoc(rationale).toJSON() as Record<string, unknown>;
}
