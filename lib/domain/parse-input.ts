import type { ZodType } from "zod";
import { AppError } from "@/lib/domain/errors";
import { findUnstorableText } from "@/lib/domain/unstorable-text";

/**
 * Parses input with zod; failures become a VALIDATION AppError with per-field
 * messages. Text Postgres cannot store (NUL, lone surrogates) is refused here,
 * at the boundary, naming the field and what is wrong with it.
 */
export function parseInput<T>(schema: ZodType<T>, input: unknown): T {
  const unstorable = findUnstorableText(input);
  if (unstorable) {
    const field = unstorable.path || "The input";
    throw new AppError("VALIDATION", `${field}: contains ${unstorable.problem}, which cannot be stored. Remove it and try again.`, {
      fieldErrors: { [unstorable.path || "_"]: [`Contains ${unstorable.problem}.`] },
    });
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = result.error.issues[0];
  const where = first && first.path.length ? `${first.path.join(".")}: ` : "";
  throw new AppError("VALIDATION", `${where}${first?.message ?? "Check the input."}`, { fieldErrors });
}
