import type { ZodType } from "zod";
import { errorSchema } from "@/lib/http/error-schema";
import type { ErrorStatus, RouteSpec } from "@/lib/http/route-spec";

/** What each error status means unless a route says more. */
export const ERROR_WORDING: Record<ErrorStatus, string> = {
  400: "Invalid input",
  401: "Not signed in, or the token is invalid or revoked",
  403: "Your role does not allow this",
  404: "Not found in this workspace",
  409: "Conflict with the current state",
  412: "The resource changed since the version you sent",
  413: "The request body is over the size cap",
  415: "Unsupported media type",
  422: "The input was understood but cannot be processed",
  428: "A precondition header is required",
  429: "Too many requests; try again later",
  503: "The database cannot be reached",
};

/** Statuses any route may answer with although none declares them: unexpected failures. */
const ALWAYS_POSSIBLE = new Set([500, 503]);

/** The error statuses of a route with their descriptions: the declared ones, 401 when it needs a sign-in, 400 when it parses input. */
export function declaredErrors(spec: RouteSpec): Map<number, string> {
  const errors = new Map<number, string>();
  const parsesInput = Boolean(spec.body || spec.query || spec.headers || spec.params);
  if (parsesInput) errors.set(400, ERROR_WORDING[400]);
  if (spec.auth !== "none") errors.set(401, ERROR_WORDING[401]);
  // X-Workspace-Id (or ?workspace=) may name a workspace the caller is not a member of.
  if (spec.auth !== "none") errors.set(404, "Not found in this workspace, or X-Workspace-Id names a workspace you are not a member of");
  if (spec.auth !== "none" && spec.method !== "get") {
    // A cookie-signed write from another site, or with a body of another type (lib/http/cross-site-guard.ts).
    errors.set(403, "Your role does not allow this, or the request came from another site");
    errors.set(415, "The body is not of a media type this route accepts");
  }
  for (const [status, text] of Object.entries(spec.errors ?? {}) as [string, string | true][]) {
    errors.set(Number(status), text === true ? ERROR_WORDING[Number(status) as ErrorStatus] : text);
  }
  return new Map([...errors].sort(([a], [b]) => a - b));
}

/**
 * The JSON schema a route declares for a status: its success or other
 * response, or the error shape. `null` for a declared non-JSON response;
 * undefined for a status the route never declared.
 */
export function declaredSchema(spec: RouteSpec, status: number): ZodType | null | undefined {
  const success = status === (spec.response.status ?? 200) ? spec.response : spec.otherResponses?.[status];
  if (success) return success.schema ?? null;
  if (declaredErrors(spec).has(status) || ALWAYS_POSSIBLE.has(status)) return errorSchema;
  return undefined;
}

/**
 * How a response differs from its route's description: an undeclared status,
 * a body its schema refuses, or fields the schema does not declare (a field
 * added to a view but not to its schema is drift too). Empty when they agree.
 */
export function responseDrift(spec: RouteSpec, status: number, body: unknown): string[] {
  const schema = declaredSchema(spec, status);
  if (schema === undefined) return [`status ${status} is not declared`];
  if (schema === null) return [];
  const result = schema.safeParse(body);
  if (!result.success) return result.error.issues.slice(0, 10).map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`);
  const undeclared: string[] = [];
  findUndeclared(body, result.data, "", undeclared);
  return undeclared.slice(0, 10).map((path) => `${path}: not declared in the schema`);
}

/** Throws when a response differs from its route's description (see responseDrift). */
export function assertAsDescribed(spec: RouteSpec, status: number, body: unknown) {
  const drift = responseDrift(spec, status, body);
  if (drift.length) throw new Error(`${spec.method.toUpperCase()} ${spec.path} answered ${status} unlike its description: ${drift.join("; ")}`);
}

// zod strips the keys an object schema does not name, so what parsing dropped is what the schema lacks.
function findUndeclared(input: unknown, output: unknown, path: string, found: string[]) {
  if (Array.isArray(input) && Array.isArray(output)) {
    input.forEach((item, i) => findUndeclared(item, output[i], `${path}[${i}]`, found));
  } else if (isObject(input) && isObject(output)) {
    for (const key of Object.keys(input)) {
      const at = path ? `${path}.${key}` : key;
      if (!(key in output)) found.push(at);
      else findUndeclared(input[key], output[key], at, found);
    }
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
