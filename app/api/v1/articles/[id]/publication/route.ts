import { z } from "zod";
import { articlePublicationSchema } from "@/lib/domain/exports/claim-publication-input";
import { defineRoute } from "@/lib/http/define-route";
import { getArticlePublication, updateArticlePublication } from "@/lib/server/exports/update-article-publication";

const publicationSchema = z.object({ publicationUrl: z.string().nullable() });

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/publication",
    summary: "Where the team publishes its check of the article (null: not yet)",
    tags: ["Exports"],
    response: { description: "The address", schema: publicationSchema },
    errors: { 404: true },
  },
  async ({ actor, params }) => getArticlePublication(await actor(), params.id),
);

export const PUT = defineRoute(
  {
    method: "put",
    path: "/api/v1/articles/{id}/publication",
    summary: "Set where the team publishes its check of the article (the url of its ClaimReviews)",
    tags: ["Exports"],
    body: articlePublicationSchema,
    response: { description: "The saved address", schema: publicationSchema },
    errors: { 403: true, 404: true },
  },
  async ({ actor, params, body }) => updateArticlePublication(await actor(), params.id, body.publicationUrl),
);
