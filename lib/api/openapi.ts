import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { correctTextSchema } from "@/lib/domain/article-input";
import { createClaimSchema, deleteClaimSchema, evidenceSchema, updateClaimSchema } from "@/lib/domain/claims/claim-input";
import {
  articleListSchema,
  claimViewSchema,
  evidenceViewSchema,
  articleSchema,
  createArticleBodySchema,
  uploadArticleSchema,
  errorSchema,
  listArticlesQuerySchema,
  meSchema,
  workspaceSchema,
} from "@/lib/api/schemas";
import { linkRoutes } from "@/lib/api/link-routes";

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const errors = {
  400: json(errorSchema, "Invalid input"),
  401: json(errorSchema, "Not signed in, or the token is invalid or revoked"),
  403: json(errorSchema, "Your role does not allow this"),
  404: json(errorSchema, "Not found in this workspace"),
};
const security: Record<string, string[]>[] = [{ bearerAuth: [] }, { sessionCookie: [] }];
const workspaceHeader = z.object({
  "x-workspace-id": z.string().optional().openapi({ description: "Workspace to act in (default: your first)" }),
});

/** Every /api/v1 operation. Route handlers use the same zod schemas. */
export const apiRoutes: RouteConfig[] = [
  { method: "get", path: "/api/v1/me", summary: "The current user and workspace", security, request: { headers: workspaceHeader },
    responses: { 200: json(meSchema, "The current user"), 401: errors[401] } },
  { method: "get", path: "/api/v1/workspaces", summary: "Workspaces you belong to", security,
    responses: { 200: json(z.object({ items: z.array(workspaceSchema) }), "Your workspaces"), 401: errors[401] } },
  { method: "get", path: "/api/v1/articles", summary: "List articles", security, request: { headers: workspaceHeader, query: listArticlesQuerySchema },
    responses: { 200: json(articleListSchema, "Articles, newest first"), 400: errors[400], 401: errors[401] } },
  { method: "post", path: "/api/v1/articles", summary: "Create an article from text or HTML", security,
    request: {
      headers: workspaceHeader,
      body: { content: { "application/json": { schema: createArticleBodySchema }, "multipart/form-data": { schema: uploadArticleSchema } } },
    },
    responses: {
      201: json(articleSchema, "The created article"), ...errors,
      409: json(errorSchema, "The same text is already in the workspace"),
      413: json(errorSchema, "The file or page is over the size cap"),
      415: json(errorSchema, "Unsupported or binary file"),
      422: json(errorSchema, "No article text was found, or the page could not be fetched"),
    } },
  { method: "get", path: "/api/v1/articles/{id}", summary: "Read an article with its current revision", security,
    request: { headers: workspaceHeader, params: z.object({ id: z.string() }) },
    responses: { 200: json(articleSchema, "The article"), 401: errors[401], 404: errors[404] } },
  ...claimRoutes(),
  ...linkRoutes(),
];

function claimRoutes(): RouteConfig[] {
  const article = z.object({ id: z.string() });
  const claim = article.extend({ claimId: z.string() });
  const body = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
  const conflict = json(errorSchema, "Stale version or revision: someone changed it meanwhile (details.current holds the latest claim)");
  return [
    { method: "get", path: "/api/v1/articles/{id}/claims", summary: "List an article's claims in reading order", security,
      request: { headers: workspaceHeader, params: article },
      responses: { 200: json(z.object({ items: z.array(claimViewSchema) }), "Claims"), 401: errors[401], 404: errors[404] } },
    { method: "post", path: "/api/v1/articles/{id}/claims", summary: "Tag a claim on the current revision", security,
      request: { headers: workspaceHeader, params: article, body: body(createClaimSchema) },
      responses: { 201: json(claimViewSchema, "The new claim"), ...errors, 409: conflict } },
    { method: "get", path: "/api/v1/articles/{id}/claims/{claimId}", summary: "Read a claim", security,
      request: { headers: workspaceHeader, params: claim },
      responses: { 200: json(claimViewSchema, "The claim"), 401: errors[401], 404: errors[404] } },
    { method: "patch", path: "/api/v1/articles/{id}/claims/{claimId}", summary: "Re-rate a claim or edit its rationale (optimistic locking)", security,
      request: { headers: workspaceHeader, params: claim, body: body(updateClaimSchema) },
      responses: { 200: json(claimViewSchema, "The updated claim"), ...errors, 409: conflict } },
    { method: "delete", path: "/api/v1/articles/{id}/claims/{claimId}", summary: "Delete a claim (undoable)", security,
      request: { headers: workspaceHeader, params: claim, body: body(deleteClaimSchema) },
      responses: { 200: json(z.object({ deleted: z.literal(true) }), "Deleted"), ...errors, 409: conflict } },
    { method: "post", path: "/api/v1/articles/{id}/claims/{claimId}/restore", summary: "Undo a claim's deletion", security,
      request: { headers: workspaceHeader, params: claim },
      responses: { 200: json(claimViewSchema, "The restored claim"), ...errors } },
    { method: "post", path: "/api/v1/articles/{id}/claims/{claimId}/evidence", summary: "Add evidence to a claim", security,
      request: { headers: workspaceHeader, params: claim, body: body(evidenceSchema) },
      responses: { 201: json(evidenceViewSchema, "The evidence item"), ...errors } },
    { method: "delete", path: "/api/v1/articles/{id}/claims/{claimId}/evidence/{evidenceId}", summary: "Remove an evidence item", security,
      request: { headers: workspaceHeader, params: claim.extend({ evidenceId: z.string() }) },
      responses: { 200: json(z.object({ deleted: z.literal(true) }), "Removed"), ...errors } },
    { method: "post", path: "/api/v1/articles/{id}/revisions", summary: "Correct the text: new revision, claims re-anchored", security,
      request: { headers: workspaceHeader, params: article, body: body(correctTextSchema) },
      responses: { 201: json(z.object({ revision: z.object({ id: z.string(), number: z.number() }), reanchored: z.number(), orphans: z.array(z.string()) }), "The new revision"), ...errors, 409: conflict } },
  ];
}

/** Builds the OpenAPI 3.1 document from the route list and zod schemas. */
export function buildOpenApiDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer", description: "Personal API token (Settings → API tokens)" });
  registry.registerComponent("securitySchemes", "sessionCookie", { type: "apiKey", in: "cookie", name: "next-auth.session-token" });
  for (const route of apiRoutes) registry.registerPath(route);
  registry.registerPath({ method: "get", path: "/api/health", summary: "Database health check (no auth)",
    responses: { 200: json(z.object({ status: z.literal("ok") }), "Healthy"), 503: json(errorSchema, "Database unreachable") } });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "Crosscheck API", version: "1.0.0", description: "Fact-check annotation workbench REST API" },
  });
}
