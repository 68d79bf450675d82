import { claimViewSchema } from "@/lib/api/claim-schemas";
import { itemsOf } from "@/lib/api/common-schemas";
import { createClaimSchema } from "@/lib/domain/claims/claim-input";
import { defineRoute } from "@/lib/http/define-route";
import { createClaim } from "@/lib/server/claims/create-claim";
import { listClaims } from "@/lib/server/claims/list-claims";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/claims",
    summary: "List an article's claims in reading order (orphans last)",
    tags: ["Claims"],
    response: { description: "Claims", schema: itemsOf(claimViewSchema) },
    errors: { 404: true },
  },
  async ({ actor, params }) => ({ items: await listClaims(await actor(), params.id) }),
);

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/articles/{id}/claims",
    summary: "Tag a claim on the current revision",
    tags: ["Claims"],
    idempotent: true,
    body: createClaimSchema,
    response: { status: 201, description: "The new claim", schema: claimViewSchema },
    errors: { 403: true, 404: true, 409: "The revision is no longer the current one, or the quote does not match its text" },
  },
  async ({ actor, params, body }) => createClaim(await actor(), params.id, body),
);
