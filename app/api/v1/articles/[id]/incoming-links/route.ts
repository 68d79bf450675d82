import { apiHandler } from "@/lib/http/api-handler";
import { listArticleIncomingLinks } from "@/lib/server/links/list-article-incoming-links";

export const GET = apiHandler(async ({ params, actor }) => ({ items: await listArticleIncomingLinks(await actor(), params.id) }));
