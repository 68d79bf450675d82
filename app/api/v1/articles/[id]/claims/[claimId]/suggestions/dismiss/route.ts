import { dismissSuggestionSchema } from "@/lib/domain/links/link-input";
import { apiHandler, readJson } from "@/lib/http/api-handler";
import { dismissSuggestion } from "@/lib/server/links/dismiss-suggestion";

export const POST = apiHandler(async ({ request, params, actor }) => {
  const { passageId } = await readJson(request, dismissSuggestionSchema);
  return dismissSuggestion(await actor(), params.id, params.claimId, passageId);
});
