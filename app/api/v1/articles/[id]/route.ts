import { articleReadQuerySchema, articleSchema } from "@/lib/api/article-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { getArticle } from "@/lib/server/articles/get-article";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}",
    summary: "Read an article with its current revision",
    tags: ["Articles"],
    query: articleReadQuerySchema,
    response: { description: "The article", schema: articleSchema },
    errors: { 404: true },
  },
  async ({ actor, params, query }) => getArticle(await actor(), params.id, { plainText: query.plainText === "true" }),
);
