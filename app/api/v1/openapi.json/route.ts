import { z } from "zod";
import { openApiDocument } from "@/app/api/api-routes";
import { defineRoute } from "@/lib/http/define-route";

const map = z.record(z.string(), z.unknown());
const components = z.object({
  schemas: map.optional(), responses: map.optional(), parameters: map.optional(), examples: map.optional(), requestBodies: map.optional(),
  headers: map.optional(), securitySchemes: map.optional(), links: map.optional(), callbacks: map.optional(), pathItems: map.optional(),
});

const documentSchema = z.object({
  openapi: z.string(),
  info: z.object({ title: z.string(), version: z.string(), description: z.string().optional() }),
  paths: map.optional(),
  webhooks: map.optional(),
  components: components.optional(),
});

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/openapi.json",
    summary: "This OpenAPI 3.1 document, generated from the route descriptions",
    tags: ["System"],
    auth: "none",
    response: { description: "The document", schema: documentSchema },
  },
  async () => openApiDocument(),
);
