import { deleteClaimSchema, updateClaimSchema } from "@/lib/domain/claims/claim-input";
import { apiHandler, readJson } from "@/lib/http/api-handler";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { getClaim } from "@/lib/server/claims/get-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";

export const GET = apiHandler(async ({ params, actor }) => getClaim(await actor(), params.id, params.claimId));

export const PATCH = apiHandler(async ({ request, params, actor }) =>
  updateClaim(await actor(), params.id, params.claimId, await readJson(request, updateClaimSchema)),
);

export const DELETE = apiHandler(async ({ request, params, actor }) => {
  const { version } = await readJson(request, deleteClaimSchema);
  await deleteClaim(await actor(), params.id, params.claimId, version);
  return { deleted: true };
});
