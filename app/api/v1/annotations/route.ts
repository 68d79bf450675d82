import { annotationsQuerySchema, annotationsResponse, annotationsResponseFor } from "@/lib/http/annotations-route";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/annotations",
    summary: "Every claim and link of the workspace as a W3C Web Annotation collection (JSON-LD), paged",
    tags: ["Exports"],
    query: annotationsQuerySchema,
    response: annotationsResponse,
    errors: { 404: "A page past the last" },
  },
  async ({ actor, query, request }) => annotationsResponseFor(await actor(), { type: "workspace" }, request, query),
);
