import { ZodError } from "zod";
import { AppError, isAppError } from "@/lib/domain/errors";
import { ERROR_STATUS } from "@/lib/http/error-status";

/** Seconds a client should wait before retrying after a 503 (database unreachable). */
export const UNAVAILABLE_RETRY_SECONDS = 5;

/** What every page and answer says while the database cannot be reached. */
export const DATABASE_UNAVAILABLE_MESSAGE = "Crosscheck cannot reach its database; your work is safe, try again in a moment.";

/** Maps any thrown value to the one JSON error shape; unknown errors are logged and hidden. */
export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  const payload: { error: { code: string; message: string; details?: unknown } } = {
    error: { code: appError.code, message: appError.message },
  };
  if (appError.details !== undefined) payload.error.details = appError.details;
  const headers = appError.code === "UNAVAILABLE" ? { "retry-after": String(UNAVAILABLE_RETRY_SECONDS) } : undefined;
  return Response.json(payload, { status: ERROR_STATUS[appError.code], headers });
}

/** Turns validation and unexpected errors into an AppError a user can read. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof ZodError) {
    return new AppError("VALIDATION", error.issues[0]?.message ?? "Invalid input.", { issues: error.issues });
  }
  if (isConnectionError(error)) return new AppError("UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE);
  if (isBusyError(error)) return new AppError("UNAVAILABLE", BUSY_MESSAGE);
  if (isUnstorableValue(error)) {
    // The boundary should have refused it already; the database refusing it is still the client's input, not our failure.
    return new AppError("VALIDATION", "The request holds a value the database cannot store (a character, number or date out of range).");
  }
  console.error(error);
  return new AppError("INTERNAL", "Something went wrong on our side; nothing was changed. Try again.");
}

const BUSY_MESSAGE = "Crosscheck is too busy to save this right now; nothing was changed, try again in a moment.";

/** Prisma could not start (or finish) a transaction in time: every pooled connection was in use. */
function isBusyError(error: unknown): boolean {
  for (const e of errorChain(error)) if (e.code === "P2028") return true;
  return false;
}

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EPIPE", "P1001", "P1002", "P1017", "P2024"]);
const CONNECTION_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
// Postgres: 08 connection exceptions; 57P01-57P03 admin/crash shutdown, cannot connect now; 53300 too many connections.
const CONNECTION_SQLSTATE = /^(08|57P0[123]|53300)/;
const CONNECTION_MESSAGES = /Connection terminated|connection error and is not queryable|Can't reach database server/i;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
}

/** The error and what it wraps (cause chains, AggregateError's errors), a few levels deep. */
function* errorChain(error: unknown, depth = 0): Generator<ErrorLike> {
  if (!error || typeof error !== "object" || depth > 4) return;
  const e = error as ErrorLike;
  yield e;
  yield* errorChain(e.cause, depth + 1);
  if (Array.isArray(e.errors)) for (const inner of e.errors) yield* errorChain(inner, depth + 1);
}

/** The database could not be reached or dropped the connection (pg, Prisma and its driver adapter all say it differently). */
export function isConnectionError(error: unknown): boolean {
  for (const e of errorChain(error)) {
    const code = typeof e.code === "string" ? e.code : "";
    const adapter = e.meta?.driverAdapterError?.cause;
    if (CONNECTION_CODES.has(code) || CONNECTION_SQLSTATE.test(code)) return true;
    if (adapter && (CONNECTION_KINDS.has(adapter.kind ?? "") || CONNECTION_SQLSTATE.test(adapter.originalCode ?? ""))) return true;
    if (typeof e.message === "string" && CONNECTION_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/** Postgres refused a value as unstorable (class 22: out of range, bad encoding such as NUL, invalid JSON text). */
function isUnstorableValue(error: unknown): boolean {
  for (const e of errorChain(error)) {
    const adapter = e.meta?.driverAdapterError?.cause;
    const sqlstate = adapter?.originalCode ?? (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : "");
    if (sqlstate.startsWith("22") || adapter?.kind === "ValueOutOfRange" || adapter?.kind === "InvalidInputValue") return true;
  }
  return false;
}
