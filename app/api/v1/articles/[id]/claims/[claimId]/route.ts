import { claimViewSchema } from "@/lib/api/claim-schemas";
import { deletedSchema } from "@/lib/api/common-schemas";
import { deleteClaimSchema, updateClaimSchema } from "@/lib/domain/claims/claim-input";
import { defineRoute } from "@/lib/http/define-route";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { getClaim } from "@/lib/server/claims/get-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";

const stale = "Stale version: someone changed the claim meanwhile (details.current holds the latest claim)";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/claims/{claimId}",
    summary: "Read a claim",
    tags: ["Claims"],
    response: { description: "The claim", schema: claimViewSchema },
    errors: { 404: true },
  },
  async ({ actor, params }) => getClaim(await actor(), params.id, params.claimId),
);

export const PATCH = defineRoute(
  {
    method: "patch",
    path: "/api/v1/articles/{id}/claims/{claimId}",
    summary: "Re-rate a claim or edit its rationale (optimistic locking)",
    tags: ["Claims"],
    body: updateClaimSchema,
    response: { description: "The updated claim", schema: claimViewSchema },
    errors: { 403: true, 404: true, 409: stale },
  },
  async ({ actor, params, body }) => updateClaim(await actor(), params.id, params.claimId, body),
);

export const DELETE = defineRoute(
  {
    method: "delete",
    path: "/api/v1/articles/{id}/claims/{claimId}",
    summary: "Delete a claim (undoable)",
    tags: ["Claims"],
    body: deleteClaimSchema,
    response: { description: "Deleted", schema: deletedSchema },
    errors: { 403: true, 404: true, 409: stale },
  },
  async ({ actor, params, body }) => {
    await deleteClaim(await actor(), params.id, params.claimId, body.version);
    return { deleted: true as const };
  },
);
