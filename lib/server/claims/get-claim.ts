import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { claimInclude, toClaimView } from "@/lib/server/claims/claim-view";
import { findClaim } from "@/lib/server/claims/find-claim";
import { userNames } from "@/lib/server/core/user-names";

/** One live claim of an article in the actor's workspace. */
export async function getClaim(actor: Actor, articleId: string, claimId: string) {
  const claim = await findClaim(getDb(), actor, articleId, claimId, { include: claimInclude });
  authorize(actor, "claim.read", claim);
  return toClaimView(claim, await userNames([claim.createdById, claim.updatedById]));
}
