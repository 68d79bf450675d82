import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { defineRoute } from "@/lib/http/define-route";
import type { DefinedRoute } from "@/lib/http/route-spec";
import { uploadedFile } from "@/lib/http/uploaded-file";

/** Calls a handler as Next does. */
function call(route: DefinedRoute, init: RequestInit & { path?: string; params?: Record<string, string> } = {}) {
  const { path = route.route.path, params = {}, ...request } = init;
  return route(new Request(`http://crosscheck.test${path}`, { method: route.route.method.toUpperCase(), ...request }), { params: Promise.resolve(params) });
}

const created = defineRoute(
  {
    method: "post",
    path: "/api/test/{id}",
    summary: "Create with everything parsed",
    auth: "none",
    query: z.object({ n: z.coerce.number().int() }),
    headers: z.object({ "idempotency-key": z.string().min(8).optional() }),
    body: z.object({ name: z.string().min(1) }),
    response: { status: 201, description: "Made", schema: z.object({ id: z.string(), n: z.number(), name: z.string(), key: z.string().nullable() }) },
    errors: { 409: "Already made" },
  },
  async ({ params, query, headers, body }) => ({ id: params.id, n: query.n, name: body.name, key: headers["idempotency-key"] ?? null }),
);

const csv = defineRoute(
  {
    method: "get",
    path: "/api/test/report.csv",
    summary: "A CSV export",
    auth: "none",
    response: { description: "The rows", content: { "text/csv": null } },
    otherResponses: { 202: { description: "Still being built", schema: z.object({ jobId: z.string() }) } },
  },
  async ({ request }) =>
    new URL(request.url).searchParams.has("later")
      ? Response.json(new URL(request.url).searchParams.get("later") === "bad" ? { job: 1 } : { jobId: "j1" }, { status: 202 })
      : new Response("claim,verdict\nc1,VERIFIED\n", { headers: { "content-type": "text/csv" } }),
);

const upload = defineRoute(
  {
    method: "post",
    path: "/api/test/upload",
    summary: "An upload",
    auth: "none",
    body: { multipart: z.object({ file: uploadedFile("Attach a `file`."), note: z.string().optional() }), maxBytes: () => 16 },
    response: { description: "What arrived", schema: z.object({ name: z.string(), size: z.number(), note: z.string().nullable() }) },
  },
  async ({ body }) => ({ name: body.file.name, size: body.file.size, note: body.note ?? null }),
);

const raw = defineRoute(
  {
    method: "post",
    path: "/api/test/raw",
    summary: "Reads its own body",
    auth: "none",
    body: { raw: { "application/ld+json": z.object({ "@context": z.string() }) } },
    response: { description: "Echo", schema: z.object({ length: z.number() }) },
  },
  async ({ request, body }) => ({ length: (await request.text()).length + (body === undefined ? 0 : 1000) }),
);

const drifting = defineRoute(
  { method: "get", path: "/api/test/drift", summary: "Drifts", auth: "none", response: { description: "A", schema: z.object({ a: z.string() }) } },
  async () => {
    const row = { a: "x", secret: "leaked" };
    return row;
  },
);

afterEach(() => vi.restoreAllMocks());

describe("defineRoute", () => {
  it("hands the handler parsed params, query, headers and body, and answers with the declared status", async () => {
    const response = await call(created, {
      path: "/api/test/a1?n=3", params: { id: "a1" },
      headers: { "content-type": "application/json", "idempotency-key": "key-12345" }, body: JSON.stringify({ name: "Ferry" }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: "a1", n: 3, name: "Ferry", key: "key-12345" });
  });

  it("refuses input its schemas refuse with a 400 in the one error shape", async () => {
    const badQuery = await call(created, { path: "/api/test/a1?n=x", params: { id: "a1" }, body: JSON.stringify({ name: "Ferry" }) });
    expect(badQuery.status).toBe(400);
    expect((await badQuery.json()).error).toMatchObject({ code: "VALIDATION", message: expect.stringContaining("n:") });
    const badJson = await call(created, { path: "/api/test/a1?n=1", params: { id: "a1" }, body: "{oops" });
    expect((await badJson.json()).error.message).toBe("The request body is not valid JSON.");
    const shortKey = await call(created, { path: "/api/test/a1?n=1", params: { id: "a1" }, headers: { "idempotency-key": "k" }, body: JSON.stringify({ name: "F" }) });
    expect(shortKey.status).toBe(400);
  });

  it("sends a Response of the handler as it is: CSV, or a 202 it declares", async () => {
    const file = await call(csv);
    expect(file.headers.get("content-type")).toBe("text/csv");
    expect(await file.text()).toBe("claim,verdict\nc1,VERIFIED\n");
    const later = await call(csv, { path: "/api/test/report.csv?later=1" });
    expect([later.status, await later.json()]).toEqual([202, { jobId: "j1" }]);
  });

  it("reads multipart bodies into fields and files, and refuses an oversized one before reading it", async () => {
    const form = new FormData();
    form.set("file", new File(["hello"], "note.txt", { type: "text/plain" }));
    form.set("note", "");
    const response = await call(upload, { body: form });
    expect(await response.json()).toEqual({ name: "note.txt", size: 5, note: null });
    const missing = await call(upload, { body: new FormData() });
    expect((await missing.json()).error.message).toBe("file: Attach a `file`.");
    const huge = await call(upload, { body: form, headers: { "content-length": String(200_000) } });
    expect(huge.status).toBe(413);
    const json = await call(upload, { headers: { "content-type": "application/json" }, body: "{}" });
    expect(json.status).toBe(415);
  });

  it("leaves a raw body for the handler to read", async () => {
    const annotation = JSON.stringify({ "@context": "http://www.w3.org/ns/anno.jsonld" });
    const response = await call(raw, { headers: { "content-type": "application/ld+json" }, body: annotation });
    expect(await response.json()).toEqual({ length: annotation.length });
  });

  it("outside production, answers a response that drifts from its description with a 500 and says why in the log", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await call(drifting);
    expect(response.status).toBe(500);
    expect(String(log.mock.calls[0][0])).toContain("secret: not declared in the schema");
    const badJob = await call(csv, { path: "/api/test/report.csv?later=bad" });
    expect(badJob.status).toBe(500);
  });

  it("refuses params that do not name the path's segments", () => {
    expect(() =>
      defineRoute(
        { method: "get", path: "/api/test/{id}", summary: "x", auth: "none", params: z.object({ articleId: z.string() }), response: { description: "x", content: { "text/plain": null } } },
        async () => new Response("x"),
      ),
    ).toThrow("params declare [articleId], the path has [id]");
  });
});

describe("the OpenAPI document built from descriptions", () => {
  const doc = buildOpenApiDocument([created.route, csv.route, upload.route, raw.route]);
  const paths = doc.paths ?? {};

  it("documents statuses, headers and media types as declared", () => {
    const post = paths["/api/test/{id}"].post!;
    expect(Object.keys(post.responses ?? {})).toEqual(["201", "400", "409"]);
    expect(post.parameters?.map((p) => ("name" in p ? `${p.in}:${p.name}` : ""))).toEqual(["path:id", "query:n", "header:idempotency-key"]);
    const get = paths["/api/test/report.csv"].get!;
    expect(Object.keys(get.responses?.["200"].content ?? {})).toEqual(["text/csv"]);
    expect(Object.keys(get.responses?.["202"].content ?? {})).toEqual(["application/json"]);
    const multipart = paths["/api/test/upload"].post!.requestBody;
    expect(multipart && "content" in multipart && multipart.content["multipart/form-data"].schema).toMatchObject({
      properties: { file: { type: "string", format: "binary" } },
    });
    const ld = paths["/api/test/raw"].post!.requestBody;
    expect(ld && "content" in ld && Object.keys(ld.content)).toEqual(["application/ld+json"]);
  });

  it("asks for a sign-in and names the workspace header only on routes that need them", () => {
    expect(paths["/api/test/{id}"].post!.security).toBeUndefined();
  });
});
