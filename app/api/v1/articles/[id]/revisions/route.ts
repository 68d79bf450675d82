import { correctTextSchema } from "@/lib/domain/article-input";
import { apiHandler, readJson } from "@/lib/http/api-handler";
import { correctArticleText } from "@/lib/server/articles/correct-article-text";

/** A text correction: a new revision, with every claim re-anchored onto it. */
export const POST = apiHandler(
  async ({ request, params, actor }) => {
    const { baseRevisionId, doc } = await readJson(request, correctTextSchema);
    return correctArticleText(await actor(), params.id, baseRevisionId, doc);
  },
  { status: 201 },
);
