import { articleReadQuerySchema, articleSchema } from "@/lib/api/article-schemas";
import { deletedSchema } from "@/lib/api/common-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { deleteArticle } from "@/lib/server/articles/delete-article";
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

export const DELETE = defineRoute(
  {
    method: "delete",
    path: "/api/v1/articles/{id}",
    summary: "Move an article to the trash (restorable with POST …/restore)",
    tags: ["Articles"],
    response: { description: "Moved to the trash", schema: deletedSchema },
    errors: { 403: true, 404: true },
  },
  async ({ actor, params }) => {
    await deleteArticle(await actor(), params.id);
    return { deleted: true as const };
  },
);
