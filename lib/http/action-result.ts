export { parseInput } from "@/lib/domain/parse-input";
import { toAppError } from "@/lib/http/error-response";

/** What every server action returns: data, or an error a form can show next to its fields. */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; fieldErrors?: Record<string, string[]> } };

/** Runs an action body and turns any failure into an ActionResult (never a thrown 500). */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    const appError = toAppError(error);
    const details = appError.details as { fieldErrors?: Record<string, string[]> } | undefined;
    return {
      ok: false,
      error: { code: appError.code, message: appError.message, fieldErrors: details?.fieldErrors },
    };
  }
}

/** FormData as a plain object, empty strings dropped (so optional fields stay undefined). */
export function formObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && value !== "") out[key] = value;
  }
  return out;
}
