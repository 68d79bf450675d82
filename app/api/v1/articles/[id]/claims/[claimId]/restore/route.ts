import { apiHandler } from "@/lib/http/api-handler";
import { restoreClaim } from "@/lib/server/claims/restore-claim";

export const POST = apiHandler(async ({ params, actor }) => restoreClaim(await actor(), params.id, params.claimId));
