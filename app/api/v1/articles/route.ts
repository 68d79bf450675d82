import { createArticleBodySchema, listArticlesQuerySchema } from "@/lib/api/schemas";
import { apiHandler, readJson } from "@/lib/http/api-handler";
import { parseInput } from "@/lib/http/action-result";
import { importArticle } from "@/lib/server/import-article";
import { listArticles } from "@/lib/server/list-articles";

export const GET = apiHandler(async ({ request, actor }) => {
  const query = parseInput(listArticlesQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return listArticles(await actor(), query);
});

export const POST = apiHandler(
  async ({ request, actor }) => {
    const { text, html, ...metadata } = await readJson(request, createArticleBodySchema);
    const source = html ? { kind: "html" as const, html, url: metadata.url ?? undefined } : { kind: "text" as const, text: text!, url: metadata.url ?? undefined };
    return importArticle(await actor(), source, metadata);
  },
  { status: 201 },
);
