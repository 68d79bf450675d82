import { annotationsQuerySchema, annotationsResponse, annotationsResponseFor } from "@/lib/http/annotations-route";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/annotations",
    summary: "The article's claims and links as a W3C Web Annotation collection (JSON-LD), paged",
    tags: ["Exports"],
    query: annotationsQuerySchema,
    response: annotationsResponse,
    errors: { 404: "Unknown article, or a page past the last" },
  },
  async ({ actor, params, query, request }) => annotationsResponseFor(await actor(), { type: "article", id: params.id }, request, query),
);
