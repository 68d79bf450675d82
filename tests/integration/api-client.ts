import type { z } from "zod";
import { assertAsDescribed } from "@/lib/http/route-responses";
import type { DefinedRoute, RouteSpec } from "@/lib/http/route-spec";

/** Statuses each route answered with, "GET /api/v1/me 200": the coverage test reads it. */
export const answered = new Set<string>();

export interface RouteCall {
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** A JSON body, or FormData sent as multipart/form-data. */
  body?: unknown;
  /** A personal API token; without one the request is anonymous. */
  token?: string;
  headers?: Record<string, string>;
}

type SuccessBody<D extends RouteSpec> = D["response"] extends { schema: infer S extends z.ZodType } ? z.output<S> : string;

/**
 * Calls a route's handler as Next would, and checks the answer against the
 * route's description: a status it declares, a body its schema for that status
 * accepts, no field it does not declare. Any drift fails the calling test.
 */
export async function callRoute(route: DefinedRoute, call: RouteCall = {}) {
  const spec = route.route;
  const params = call.params ?? {};
  const path = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? `missing-${name}`));
  const url = `http://crosscheck.test${path}${call.query ? `?${new URLSearchParams(call.query)}` : ""}`;
  const headers = new Headers(call.headers);
  if (call.token) headers.set("authorization", `Bearer ${call.token}`);
  let body: BodyInit | undefined;
  if (call.body instanceof FormData) body = call.body;
  else if (call.body !== undefined) {
    body = typeof call.body === "string" ? call.body : JSON.stringify(call.body);
    headers.set("content-type", "application/json");
  }
  const response = await route(new Request(url, { method: spec.method.toUpperCase(), headers, body }), { params: Promise.resolve(params) });
  // An event stream never ends by itself: read its first frame, then hang up as a client would.
  const text = response.headers.get("content-type")?.startsWith("text/event-stream") ? await firstChunk(response) : await response.text();
  const json = response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
  assertAsDescribed(spec, response.status, json);
  answered.add(`${spec.method.toUpperCase()} ${spec.path} ${response.status}`);
  return { status: response.status, body: json as unknown, headers: response.headers };
}

/** Calls a route that must succeed with its declared status; returns the body, typed by its schema. */
export async function expectSuccess<D extends RouteSpec>(route: DefinedRoute<D>, call: RouteCall = {}): Promise<SuccessBody<D>> {
  const { status, body } = await callRoute(route as DefinedRoute, call);
  const expected = route.route.response.status ?? 200;
  if (status !== expected) throw new Error(`${route.route.method.toUpperCase()} ${route.route.path}: expected ${expected}, got ${status} ${JSON.stringify(body)}`);
  return body as SuccessBody<D>;
}

/** Calls a route that must fail with `status`; returns the error. */
export async function expectFailure(route: DefinedRoute, status: number, call: RouteCall = {}) {
  const answer = await callRoute(route, call);
  if (answer.status !== status) throw new Error(`${route.route.method.toUpperCase()} ${route.route.path}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body as { error: { code: string; message: string; details?: unknown } }).error;
}

async function firstChunk(response: Response): Promise<string> {
  const reader = response.body!.getReader();
  const { value } = await reader.read();
  await reader.cancel();
  return new TextDecoder().decode(value);
}
