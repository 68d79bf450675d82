import type { ZodType } from "zod";
import { WORKSPACE_COOKIE } from "@/lib/auth/workspace-cookie";
import { AppError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/parse-input";
import type { Actor } from "@/lib/domain/roles";
import { authenticateApiToken } from "@/lib/server/auth/authenticate-api-token";
import { resolveActor } from "@/lib/server/auth/resolve-actor";
import { assertSameSiteWrite } from "@/lib/http/cross-site-guard";
import { errorResponse } from "@/lib/http/error-response";
import { jsonBodyLimit, readCappedText } from "@/lib/http/read-capped-body";

/** Who sent a signed-in request. */
export interface ApiSession {
  userId: string;
  /** The actor in the workspace named by X-Workspace-Id (or ?workspace=), else the session's or first one. */
  actor: () => Promise<Actor>;
}

async function authenticatedUserId(request: Request, accepts: readonly string[]): Promise<string> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new AppError("UNAUTHENTICATED", "Use the header `Authorization: Bearer <token>`.");
    return authenticateApiToken(match[1]);
  }
  // The browser attaches the cookie to any site's request: a cookie-signed write must be the app's own.
  assertSameSiteWrite(request, accepts);
  // Loaded on the first cookie-signed request: token clients, and the test runners that
  // import route modules outside Next, never load NextAuth.
  const { sessionUserId } = await import("@/lib/auth/session-user");
  const userId = await sessionUserId();
  if (!userId) throw new AppError("UNAUTHENTICATED", "Sign in, or send a personal API token as a Bearer token.");
  return userId;
}

/** A cookie of the request (read from its header: lib/http works with any standard Request). */
function requestCookie(request: Request, name: string): string | null {
  for (const pair of request.headers.get("cookie")?.split(";") ?? []) {
    const [key, ...value] = pair.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join("="));
    } catch {
      return null; // A mangled cookie chooses no workspace rather than failing the request.
    }
  }
  return null;
}

/** Authenticates a request (session cookie or API token); the workspace is resolved on first use. */
async function authenticate(request: Request, accepts: readonly string[]): Promise<ApiSession> {
  const userId = await authenticatedUserId(request, accepts);
  const preferred =
    request.headers.get("x-workspace-id") ??
    new URL(request.url).searchParams.get("workspace") ??
    (request.headers.get("authorization") ? null : requestCookie(request, WORKSPACE_COOKIE));
  let actor: Promise<Actor> | undefined;
  return { userId, actor: () => (actor ??= resolveActor(userId, preferred)) };
}

/**
 * Wraps an API route handler (lib/http/define-route.ts builds every one):
 * authenticates unless the route is public (a cookie-signed write must come
 * from the app itself and carry one of the `accepts` media types), and maps
 * every thrown error to `{ error: { code, message } }` with its status.
 */
export function apiHandler(
  handler: (request: Request, params: Record<string, string>, session: ApiSession | null) => Promise<Response>,
  options: { auth: boolean; accepts?: readonly string[] },
) {
  return async (request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response> => {
    try {
      const session = options.auth ? await authenticate(request, options.accepts ?? ["application/json"]) : null;
      return await handler(request, (await context?.params) ?? {}, session);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * Parses a JSON request body with a zod schema; bad JSON is a 400, not a 500,
 * and a body over `maxBytes` (jsonBodyLimit by default) a 413 before it is all read.
 */
export async function readJson<T>(request: Request, schema: ZodType<T>, maxBytes = jsonBodyLimit()): Promise<T> {
  const text = await readCappedText(request, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", "The request body is not valid JSON.");
  }
  return parseInput(schema, value);
}
