import { correctionSchema } from "@/lib/api/article-schemas";
import { correctTextSchema } from "@/lib/domain/article-input";
import { defineRoute } from "@/lib/http/define-route";
import { correctArticleText } from "@/lib/server/articles/correct-article-text";

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/articles/{id}/revisions",
    summary: "Correct the text: a new revision, with every claim and incoming link re-anchored onto it",
    tags: ["Articles"],
    idempotent: true,
    body: correctTextSchema,
    response: { status: 201, description: "The new revision and what followed the text", schema: correctionSchema },
    errors: { 403: true, 404: true, 409: "Someone else corrected the article meanwhile", 422: "The corrected text is empty" },
  },
  async ({ actor, params, body }) => correctArticleText(await actor(), params.id, body.baseRevisionId, body.doc),
);
