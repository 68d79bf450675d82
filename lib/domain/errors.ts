/** Every failure a user can cause has one of these codes. */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "CONFLICT"
  | "DUPLICATE"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "RATE_LIMITED"
  | "UPSTREAM"
  | "EMPTY_CONTENT"
  /** An Idempotency-Key reused with a different request. */
  | "IDEMPOTENCY_MISMATCH"
  | "UNAVAILABLE"
  | "INTERNAL";


/**
 * The one error type that crosses layers. Its message is written for the
 * person using the app; `details` carries field errors or conflict data.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details?: unknown;

  constructor(code: AppErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
