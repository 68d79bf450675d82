import { evidenceSchema } from "@/lib/domain/claims/claim-input";
import { apiHandler, readJson } from "@/lib/http/api-handler";
import { addEvidence } from "@/lib/server/claims/add-evidence";

export const POST = apiHandler(
  async ({ request, params, actor }) =>
    addEvidence(await actor(), params.id, params.claimId, await readJson(request, evidenceSchema)),
  { status: 201 },
);
