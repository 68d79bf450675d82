import { annotationsQuerySchema, annotationsResponse, annotationsResponseFor } from "@/lib/http/annotations-route";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/sessions/{id}/annotations",
    summary: "The claims and links of a session's articles as a W3C Web Annotation collection (JSON-LD), paged",
    tags: ["Exports"],
    query: annotationsQuerySchema,
    response: annotationsResponse,
    errors: { 404: "Unknown session, or a page past the last" },
  },
  async ({ actor, params, query, request }) => annotationsResponseFor(await actor(), { type: "session", id: params.id }, request, query),
);
