import { claimPublicationViewSchema } from "@/lib/api/export-schemas";
import { claimPublicationSchema } from "@/lib/domain/exports/claim-publication-input";
import { defineRoute } from "@/lib/http/define-route";
import { getClaimPublication, updateClaimPublication } from "@/lib/server/exports/update-claim-publication";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/claims/{claimId}/claim-review",
    summary: "A claim's ClaimReview fields: the short statement checked and the claimant",
    tags: ["Exports"],
    response: { description: "The fields", schema: claimPublicationViewSchema },
    errors: { 404: true },
  },
  async ({ actor, params }) => getClaimPublication(await actor(), params.id, params.claimId),
);

export const PUT = defineRoute(
  {
    method: "put",
    path: "/api/v1/articles/{id}/claims/{claimId}/claim-review",
    summary: "Set a claim's ClaimReview fields (empty: the quote is the statement; no claimant)",
    tags: ["Exports"],
    body: claimPublicationSchema,
    response: { description: "The fields", schema: claimPublicationViewSchema },
    errors: { 403: true, 404: true },
  },
  async ({ actor, params, body }) => updateClaimPublication(await actor(), params.id, params.claimId, body),
);
