import type { ZodType } from "zod";
import { AppError } from "@/lib/domain/errors";

/** Parses input with zod; failures become a VALIDATION AppError with per-field messages. */
export function parseInput<T>(schema: ZodType<T>, input: unknown): T {
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
