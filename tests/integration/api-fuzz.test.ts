import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { apiRoutes, openApiDocument } from "@/app/api/api-routes";
import type { DefinedRoute } from "@/lib/http/route-spec";
import { makeWorld, type World } from "./authorization/world";
import { arbitraryFor, HOSTILE_STRINGS, type JsonSchema } from "./fuzz/schema-arbitrary";

/** Fixed in CI so a failure replays; FUZZ_SEED=<n> explores other inputs. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
/** Requests in all, spread over the operations. */
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 600);

interface Operation {
  method: string;
  path: string;
  parameters?: { name: string; in: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

interface FuzzRequest {
  params: Record<string, string>;
  query: Record<string, string>;
  body?: { json: unknown } | { text: string };
}

// A message written for a person: no stack frame, file position, driver code or raw exception.
const LEAK = /\bat \S+ \(|node_modules|\.[jt]s:\d+|\b(TypeError|RangeError|SyntaxError|PrismaClient\w*|DriverAdapterError)\b|ECONN|invocation:|Raw query failed/;

let world: World;
const real: Record<string, () => string> = {};

beforeAll(async () => {
  world = await makeWorld("fuzz");
  const { claim, target } = await world.fresh.claim();
  const evidence = await world.fresh.evidence();
  const link = await world.fresh.link();
  Object.assign(real, { id: () => claim.articleId, claimId: () => claim.id, evidenceId: () => evidence.evidenceId, linkId: () => link.linkId, targetId: () => target.id });
}, 120_000);

function operations(): Operation[] {
  const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, Omit<Operation, "method" | "path">>> };
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ["get", "post", "put", "patch", "delete"].includes(method))
      .map(([method, op]) => ({ method, path, ...op })),
  );
}

function requestArbitrary(op: Operation, components: Record<string, JsonSchema>): fc.Arbitrary<FuzzRequest> {
  const params = Object.fromEntries(
    (op.parameters ?? []).filter((p) => p.in === "path").map((p) => [p.name, fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS.filter(Boolean)) })]),
  );
  const query = Object.fromEntries(
    (op.parameters ?? []).filter((p) => p.in === "query").map((p) => [p.name, fc.option(arbitraryFor(p.schema, components), { nil: undefined })]),
  );
  const json = op.requestBody?.content["application/json"]?.schema;
  const body = json
    ? fc.oneof(
        { weight: 6, arbitrary: arbitraryFor(json, components).map((value) => ({ json: value })) },
        { weight: 1, arbitrary: fc.constantFrom("{", "", "null", "[1,2", "\u0000", '{"a":"\\ud800"}').map((text) => ({ text })) },
      )
    : fc.constant(undefined);
  return fc.record({ params: fc.record(params), query: fc.record(query), body }).map(({ params: p, query: q, body: b }) => ({
    params: Object.fromEntries(Object.entries(p).map(([name, value]) => [name, value ?? real[name]?.() ?? "x"])),
    query: Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)])),
    body: b,
  }));
}

async function send(route: DefinedRoute, request: FuzzRequest) {
  // The handler gets the params as Next decodes them; the URL only has to be a URL (a lone surrogate cannot be in one).
  const path = route.route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(request.params[name].replace(/[\ud800-\udfff]/g, "\ufffd")));
  const url = `http://crosscheck.test${path}?${new URLSearchParams(request.query)}`;
  const headers = new Headers({ authorization: `Bearer ${world.tokens.editor}` });
  let body: string | undefined;
  if (request.body) {
    headers.set("content-type", "application/json");
    body = "json" in request.body ? JSON.stringify(request.body.json) : request.body.text;
  }
  const response = await route(new Request(url, { method: route.route.method.toUpperCase(), headers, body }), { params: Promise.resolve(request.params) });
  // The event stream never ends by itself: its first frame is the answer.
  const text = response.headers.get("content-type")?.startsWith("text/event-stream") ? await firstFrame(response) : await response.text();
  return { status: response.status, text };
}

async function firstFrame(response: Response) {
  const reader = response.body!.getReader();
  const { value } = await reader.read();
  await reader.cancel();
  return new TextDecoder().decode(value);
}

/** What is wrong with an answer: a 5xx, an error not in the one shape, or a message that leaks internals. */
function problem(status: number, text: string): string | null {
  if (status >= 500) return `status ${status}: ${text.slice(0, 300)}`;
  if (status < 400) return null;
  let error: { code?: unknown; message?: unknown } | undefined;
  try {
    error = (JSON.parse(text) as { error?: typeof error }).error;
  } catch {
    return `status ${status} with a body that is not JSON: ${text.slice(0, 200)}`;
  }
  if (typeof error?.code !== "string" || typeof error.message !== "string" || !error.message) return `status ${status} not in the { error: { code, message } } shape: ${text.slice(0, 200)}`;
  if (LEAK.test(error.message)) return `status ${status} leaks internals: ${error.message.slice(0, 300)}`;
  return null;
}

describe("fuzzing every API operation from its own schemas (fast-check)", () => {
  it(`answers ${TOTAL_RUNS}+ generated requests without a 5xx, each error in the one shape and readable (seed ${SEED})`, async () => {
    const doc = openApiDocument() as unknown as { components?: { schemas?: Record<string, JsonSchema> } };
    const components = doc.components?.schemas ?? {};
    const routes = new Map(apiRoutes().map((route) => [`${route.route.method} ${route.route.path}`, route]));
    const ops = operations();
    const perOperation = Math.ceil(TOTAL_RUNS / ops.length);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let cases = 0;
    for (const [index, op] of ops.entries()) {
      const route = routes.get(`${op.method} ${op.path}`)!;
      const result = await fc.check(
        fc.asyncProperty(requestArbitrary(op, components), async (request) => {
          cases++;
          const { status, text } = await send(route, request);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          const found = problem(status, text);
          if (found) failures.push(`${op.method.toUpperCase()} ${op.path} ${found}\n    request: ${JSON.stringify(request).slice(0, 400)}`);
          return true;
        }),
        { seed: SEED + index, numRuns: perOperation },
      );
      if (result.errorInstance) failures.push(`${op.method.toUpperCase()} ${op.path}: ${String(result.errorInstance)}`);
    }
    const answered = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(" ");
    console.log(`API fuzzing: ${cases} generated requests over ${ops.length} operations (seed ${SEED}), ${failures.length} failures; answers ${answered}`);
    expect(cases).toBeGreaterThanOrEqual(500);
    expect(failures).toEqual([]);
  }, 900_000);
});
