import { itemsOf } from "@/lib/api/common-schemas";
import { linkViewSchema } from "@/lib/api/link-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { listArticleIncomingLinks } from "@/lib/server/links/list-article-incoming-links";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/incoming-links",
    summary: "Links from other articles' claims into this article",
    tags: ["Links"],
    response: { description: "Incoming links in reading order", schema: itemsOf(linkViewSchema) },
    errors: { 404: true },
  },
  async ({ actor, params }) => ({ items: await listArticleIncomingLinks(await actor(), params.id) }),
);
