import { parseInput } from "@/lib/domain/parse-input";
import { apiHandler } from "@/lib/http/api-handler";
import { readRequestBody } from "@/lib/http/read-request-body";
import { runIdempotentRoute, withIdempotency } from "@/lib/http/idempotent-route";
import { acceptedMediaTypes, bodySpec, routeParams } from "@/lib/http/route-request";
import { assertAsDescribed } from "@/lib/http/route-responses";
import type { DefinedRoute, HandlerContext, HandlerResult, RouteSpec } from "@/lib/http/route-spec";

/**
 * Describes an API route once and builds its Next route handler from the
 * description: `export const GET = defineRoute({ method, path, ... }, handler)`.
 * The handler gets params, query, headers and body already parsed by the
 * declared schemas (a failure is a 400), and, unless the route is public, the
 * user and a lazily resolved actor. It returns data of the declared response
 * schema, sent as JSON with the declared status, or a Response sent as it is.
 * An `idempotent` route answers a retry with the same Idempotency-Key with
 * its first response (lib/http/idempotent-route.ts).
 * The handler function carries the description (`GET.route`), from which
 * app/api/api-routes.ts builds the OpenAPI document. Outside production every
 * response is checked against its description, so drift fails loudly.
 */
export function defineRoute<const D extends RouteSpec>(
  described: D,
  handler: (ctx: HandlerContext<D>) => Promise<HandlerResult<D>>,
): DefinedRoute<D> {
  const spec = withIdempotency(described);
  const params = routeParams(spec);
  const body = bodySpec(spec.body);
  const run = apiHandler(
    async (request, rawParams, session) => {
      const ctx = {
        request,
        params: parseInput(params, rawParams),
        query: spec.query && parseInput(spec.query, Object.fromEntries(new URL(request.url).searchParams)),
        headers: spec.headers && parseInput(spec.headers, Object.fromEntries(request.headers)),
        body: await readRequestBody(request, body),
        ...session,
      };
      return runIdempotentRoute(spec, body, request, session, ctx.body, async () => respond(spec, await handler(ctx as HandlerContext<D>)));
    },
    { auth: spec.auth !== "none", accepts: acceptedMediaTypes(body) },
  );
  return Object.assign(run, { route: spec });
}

// Off in production: a drifted response is a bug for the tests and the developer, not a 500 for users.
const checkResponses = process.env.NODE_ENV !== "production";

async function respond(spec: RouteSpec, result: unknown): Promise<Response> {
  if (result instanceof Response) {
    if (checkResponses && result.headers.get("content-type")?.includes("json")) {
      assertAsDescribed(spec, result.status, await result.clone().json());
    }
    return result;
  }
  const status = spec.response.status ?? 200;
  if (!spec.response.schema) throw new Error(`${spec.method} ${spec.path} declares no JSON response; its handler must return a Response.`);
  if (!checkResponses) return Response.json(result ?? null, { status });
  const text = JSON.stringify(result ?? null);
  assertAsDescribed(spec, status, JSON.parse(text));
  return new Response(text, { status, headers: { "content-type": "application/json" } });
}
