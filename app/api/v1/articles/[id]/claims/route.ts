import { createClaimSchema } from "@/lib/domain/claims/claim-input";
import { apiHandler, readJson } from "@/lib/http/api-handler";
import { createClaim } from "@/lib/server/claims/create-claim";
import { listClaims } from "@/lib/server/claims/list-claims";

export const GET = apiHandler(async ({ params, actor }) => ({ items: await listClaims(await actor(), params.id) }));

export const POST = apiHandler(
  async ({ request, params, actor }) => createClaim(await actor(), params.id, await readJson(request, createClaimSchema)),
  { status: 201 },
);
