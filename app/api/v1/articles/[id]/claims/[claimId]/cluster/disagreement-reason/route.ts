import { disagreementReasonSchema } from "@/lib/domain/links/link-input";
import { apiHandler, readJson } from "@/lib/http/api-handler";
import { recordDisagreementReason } from "@/lib/server/clusters/record-disagreement-reason";

export const POST = apiHandler(
  async ({ request, params, actor }) =>
    recordDisagreementReason(await actor(), params.id, params.claimId, await readJson(request, disagreementReasonSchema)),
  { status: 201 },
);
