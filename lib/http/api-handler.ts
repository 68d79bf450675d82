import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import type { ZodType } from "zod";
import { sessionUserId } from "@/lib/auth/session-user";
import { WORKSPACE_COOKIE } from "@/lib/auth/workspace-cookie";
import { AppError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { authenticateApiToken } from "@/lib/server/auth/authenticate-api-token";
import { resolveActor } from "@/lib/server/auth/resolve-actor";
import { errorResponse } from "@/lib/http/error-response";
import { parseInput } from "@/lib/domain/parse-input";

export interface ApiContext {
  request: Request;
  params: Record<string, string>;
  userId: string;
  /** The actor in the workspace named by X-Workspace-Id (or ?workspace=), else the session's or first one. */
  actor: () => Promise<Actor>;
}

async function authenticatedUserId(request: Request): Promise<string> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new AppError("UNAUTHENTICATED", "Use the header `Authorization: Bearer <token>`.");
    return authenticateApiToken(match[1]);
  }
  const userId = await sessionUserId();
  if (!userId) throw new AppError("UNAUTHENTICATED", "Sign in, or send a personal API token as a Bearer token.");
  return userId;
}

/**
 * Wraps a /api/v1 route handler: authenticates (session cookie or API token),
 * resolves the workspace lazily, and maps every error to `{ error: { code, message } }`.
 */
export function apiHandler(
  handler: (ctx: ApiContext) => Promise<unknown>,
  options: { status?: number } = {},
) {
  return async (request: Request, context: { params: Promise<Record<string, string>> }) => {
    try {
      const userId = await authenticatedUserId(request);
      const params = (await context.params) ?? {};
      const url = new URL(request.url);
      const preferred =
        request.headers.get("x-workspace-id") ??
        url.searchParams.get("workspace") ??
        (request.headers.get("authorization") ? null : (await cookies()).get(WORKSPACE_COOKIE)?.value ?? null);
      let actor: Promise<Actor> | undefined;
      const body = await handler({ request, params, userId, actor: () => (actor ??= resolveActor(userId, preferred)) });
      if (body instanceof Response) return body;
      return NextResponse.json(body ?? null, { status: options.status ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Parses a JSON request body with a zod schema; bad JSON is a 400, not a 500. */
export async function readJson<T>(request: Request, schema: ZodType<T>): Promise<T> {
  let value: unknown;
  try {
    value = await request.json();
  } catch {
    throw new AppError("VALIDATION", "The request body is not valid JSON.");
  }
  return parseInput(schema, value);
}
