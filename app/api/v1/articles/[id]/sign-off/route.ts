import { signOffViewSchema } from "@/lib/api/review-schemas";
import { signOffInputSchema } from "@/lib/domain/reviews/review-input";
import { defineRoute } from "@/lib/http/define-route";
import { signOffArticle } from "@/lib/server/reviews/sign-off-article";

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/articles/{id}/sign-off",
    summary: "Sign an article off on its current revision (every live claim approved)",
    tags: ["Reviews"],
    idempotent: true,
    body: signOffInputSchema,
    response: { status: 201, description: "The sign-off, with its revision sha256 and digest", schema: signOffViewSchema },
    errors: { 403: true, 404: true, 409: "A claim is not approved, the revision is not the current one, or the article is already signed off" },
  },
  async ({ actor, params, body }) => signOffArticle(await actor(), params.id, body),
);
