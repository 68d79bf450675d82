import { deletedClaimSchema } from "@/lib/api/claim-schemas";
import { itemsOf } from "@/lib/api/common-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { listDeletedClaims } from "@/lib/server/claims/list-deleted-claims";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/claims/deleted",
    summary: "List an article's deleted claims (who deleted them, when), newest first",
    tags: ["Claims"],
    response: { description: "Deleted claims", schema: itemsOf(deletedClaimSchema) },
    errors: { 404: true },
  },
  async ({ actor, params }) => ({ items: await listDeletedClaims(await actor(), params.id) }),
);
