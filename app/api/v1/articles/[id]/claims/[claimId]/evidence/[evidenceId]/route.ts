import { apiHandler } from "@/lib/http/api-handler";
import { removeEvidence } from "@/lib/server/claims/remove-evidence";

export const DELETE = apiHandler(async ({ params, actor }) => {
  await removeEvidence(await actor(), params.id, params.claimId, params.evidenceId);
  return { deleted: true };
});
