import { ZodError } from "zod";
import { AppError, isAppError } from "@/lib/domain/errors";
import { ERROR_STATUS } from "@/lib/http/error-status";

/** Maps any thrown value to the one JSON error shape; unknown errors are logged and hidden. */
export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  const payload: { error: { code: string; message: string; details?: unknown } } = {
    error: { code: appError.code, message: appError.message },
  };
  if (appError.details !== undefined) payload.error.details = appError.details;
  return Response.json(payload, { status: ERROR_STATUS[appError.code] });
}

/** Turns validation and unexpected errors into an AppError a user can read. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof ZodError) {
    return new AppError("VALIDATION", error.issues[0]?.message ?? "Invalid input.", { issues: error.issues });
  }
  if (isConnectionError(error)) {
    return new AppError("UNAVAILABLE", "The database cannot be reached right now; nothing was changed. Try again in a moment.");
  }
  console.error(error);
  return new AppError("INTERNAL", "Something went wrong on our side; nothing was changed. Try again.");
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "ECONNREFUSED" || code === "ECONNRESET" || code === "P1001" || code === "P1017" || code === "57P01";
}
