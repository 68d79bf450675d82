import { apiHandler } from "@/lib/http/api-handler";
import { getArticle } from "@/lib/server/get-article";

export const GET = apiHandler(async ({ params, actor }) => getArticle(await actor(), params.id));
