import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiRoutes, openApiDocument } from "@/app/api/api-routes";
import type { DefinedRoute } from "@/lib/http/route-spec";

const APP = path.resolve(import.meta.dirname, "../../../app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/** Every route.ts under app/api but NextAuth's own, with the OpenAPI path its folder serves. */
const routeFiles = readdirSync(path.join(APP, "api"), { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith("route.ts") && !file.startsWith(path.join("auth", "[...nextauth]")))
  .map((file) => ({ file, path: `/api/${path.dirname(file).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}") }));

describe("API route registry", () => {
  it("describes every exported method of every route file with defineRoute, at the path of its folder", async () => {
    const found: string[] = [];
    for (const { file, path: folderPath } of routeFiles) {
      const routeModule = (await import(path.join(APP, "api", file))) as Record<string, unknown>;
      for (const method of METHODS.filter((m) => m in routeModule)) {
        const route = routeModule[method] as DefinedRoute;
        expect(route.route, `${file} ${method} is not built with defineRoute`).toBeDefined();
        expect(`${route.route.method.toUpperCase()} ${route.route.path}`).toBe(`${method} ${folderPath}`);
        found.push(`${method} ${folderPath}`);
      }
    }
    const registered = apiRoutes().map(({ route }) => `${route.method.toUpperCase()} ${route.path}`);
    expect(registered.toSorted()).toEqual(found.toSorted());
  });

  it("generates one OpenAPI operation per route, /api/health included", () => {
    const paths = openApiDocument().paths ?? {};
    const operations = Object.entries(paths).flatMap(([p, item]) => Object.keys(item ?? {}).map((m) => `${m.toUpperCase()} ${p}`));
    expect(operations.toSorted()).toEqual(apiRoutes().map(({ route }) => `${route.method.toUpperCase()} ${route.path}`).toSorted());
    expect(paths["/api/health"]?.get?.security).toBeUndefined();
    expect(paths["/api/v1/articles/{id}"]?.get?.parameters).toContainEqual(expect.objectContaining({ name: "plainText", in: "query" }));
    expect(paths["/api/v1/articles"]?.post?.requestBody).toMatchObject({ content: { "application/json": {}, "multipart/form-data": {} } });
  });

  it("takes verdicts, relations and selectors from lib/domain", () => {
    const schemas = openApiDocument().components?.schemas ?? {};
    expect(schemas.Verdict).toMatchObject({ enum: ["PENDING", "VERIFIED", "DISPUTED", "SOURCED_ONLY"] });
    expect(schemas.LinkRelation).toMatchObject({ enum: ["CORROBORATES", "CONTRADICTS", "SAME_CLAIM"] });
    expect(schemas.Anchor).toMatchObject({ properties: { quote: { properties: { exact: { minLength: 1, maxLength: 20_000 } } } } });
    expect(schemas.TextCorrection).toMatchObject({ required: expect.arrayContaining(["links"]) });
  });
});
