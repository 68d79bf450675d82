import { suggestionsQuerySchema } from "@/lib/domain/links/link-input";
import { parseInput } from "@/lib/domain/parse-input";
import { apiHandler } from "@/lib/http/api-handler";
import { suggestPassages } from "@/lib/server/links/suggest-passages";

export const GET = apiHandler(async ({ request, params, actor }) => {
  const { limit } = parseInput(suggestionsQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return { items: await suggestPassages(await actor(), params.id, params.claimId, limit) };
});
