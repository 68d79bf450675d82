import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z, type ZodType } from "zod";
import { bodySpec, routeParams } from "@/lib/http/route-request";
import { errorSchema } from "@/lib/http/error-schema";
import { declaredErrors } from "@/lib/http/route-responses";
import type { BodySpec, ResponseSpec, RouteSpec } from "@/lib/http/route-spec";

const SIGNED_IN: RouteConfig["security"] = [{ bearerAuth: [] }, { sessionCookie: [] }];
const workspaceHeader = z.object({
  "x-workspace-id": z.string().optional().meta({ description: "Workspace to act in (default: your first)" }),
});

const contentOf = (types: Record<string, ZodType | null>) =>
  Object.fromEntries(Object.entries(types).map(([type, schema]) => [type, { schema: schema ?? z.string() }]));

function response(spec: ResponseSpec): ResponseConfig {
  const content = spec.schema ? { "application/json": spec.schema } : spec.content;
  return { description: spec.description, ...(content && { content: contentOf(content) }) };
}

function requestBody(body: BodySpec) {
  const types = { ...body.raw, ...(body.json && { "application/json": body.json }), ...(body.multipart && { "multipart/form-data": body.multipart }) };
  return { description: body.description, required: true, content: contentOf(types) };
}

/** The OpenAPI operation of one route description. */
function toRouteConfig(spec: RouteSpec): RouteConfig {
  const signedIn = spec.auth !== "none";
  const body = bodySpec(spec.body);
  const headers = signedIn ? workspaceHeader.extend(spec.headers?.shape ?? {}) : spec.headers;
  const errors = Object.fromEntries([...declaredErrors(spec)].map(([status, text]) => [status, response({ description: text, schema: errorSchema })]));
  const others = Object.entries(spec.otherResponses ?? {}).map(([status, other]) => [status, response(other)]);
  return {
    method: spec.method,
    path: spec.path,
    summary: spec.summary,
    description: spec.description,
    tags: spec.tags,
    ...(signedIn && { security: SIGNED_IN }),
    request: { params: routeParams(spec), query: spec.query, headers, body: body && requestBody(body) },
    responses: { [spec.response.status ?? 200]: response(spec.response), ...Object.fromEntries(others), ...errors },
  };
}

/** The OpenAPI 3.1 document of the given routes (app/api/api-routes.ts lists them all). */
export function buildOpenApiDocument(routes: readonly RouteSpec[]) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer", description: "Personal API token (Settings → API tokens)" });
  registry.registerComponent("securitySchemes", "sessionCookie", { type: "apiKey", in: "cookie", name: "next-auth.session-token" });
  for (const route of routes) registry.registerPath(toRouteConfig(route));
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "Crosscheck API", version: "1.0.0", description: "Fact-check annotation workbench REST API" },
  });
}
