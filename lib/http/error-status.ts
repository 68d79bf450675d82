import type { AppErrorCode } from "@/lib/domain/errors";

/** The HTTP status each error code answers with: the one place that maps them. */
export const ERROR_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
  DUPLICATE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  UPSTREAM: 422,
  EMPTY_CONTENT: 422,
  IDEMPOTENCY_MISMATCH: 422,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};
