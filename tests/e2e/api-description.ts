import type { APIResponse } from "@playwright/test";

const pattern = (path: string) => new RegExp(`^${path.replace(/\{\w+\}/g, "[^/]+").replace(/\./g, "\\.")}$`);

/**
 * The body of an API response, after checking it against the description of
 * the route that answered (declared status, schema for that status, no
 * undeclared field). The production build does not check its own responses,
 * so the browser tests do.
 */
export async function describedBody(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", response: APIResponse) {
  // Loaded in the worker, which runs with React's server condition (lib/server is server-only).
  const { apiRoutes } = await import("../../app/api/api-routes");
  const { assertAsDescribed } = await import("../../lib/http/route-responses");
  const path = new URL(response.url()).pathname;
  const [route] = apiRoutes()
    .map(({ route }) => route)
    .filter((route) => route.method === method.toLowerCase() && pattern(route.path).test(path))
    // "/articles/export" before "/articles/{id}": the fewest parameters is the most specific.
    .sort((a, b) => a.path.split("{").length - b.path.split("{").length);
  if (!route) throw new Error(`No API route describes ${method} ${path}`);
  const body = response.headers()["content-type"]?.includes("json") ? await response.json() : await response.text();
  assertAsDescribed(route, response.status(), body);
  return body;
}
