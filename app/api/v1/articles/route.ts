import { articleListSchema, articleSchema, createArticleBodySchema, uploadArticleSchema } from "@/lib/api/article-schemas";
import { importRequest } from "@/lib/api/import-request";
import { articleQuerySchema } from "@/lib/domain/article-query";
import { defineRoute } from "@/lib/http/define-route";
import { importByteLimit } from "@/lib/import/detect-file-kind";
import { importArticle } from "@/lib/server/articles/import-article";
import { listArticles } from "@/lib/server/articles/list-articles";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles",
    summary: "List articles",
    tags: ["Articles"],
    query: articleQuerySchema,
    response: { description: "Articles, newest first (best match first with q)", schema: articleListSchema },
  },
  async ({ actor, query }) => listArticles(await actor(), query),
);

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/articles",
    summary: "Import an article from text, HTML, Markdown, a web address or an uploaded file",
    tags: ["Articles"],
    idempotent: true,
    body: {
      json: createArticleBodySchema,
      multipart: uploadArticleSchema,
      maxBytes: importByteLimit,
      description: "JSON with exactly one of text, html, markdown or sourceUrl; or multipart/form-data with one `file`",
    },
    response: { status: 201, description: "The created article", schema: articleSchema },
    errors: {
      403: true,
      409: "The same text is already in the workspace",
      413: "The file or page is over the size cap",
      415: "Unsupported or binary file",
      422: "No article text was found, or the page could not be fetched",
    },
  },
  async ({ actor, body }) => {
    const { source, metadata } = await importRequest(body);
    return importArticle(await actor(), source, metadata);
  },
);
