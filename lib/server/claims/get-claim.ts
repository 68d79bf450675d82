import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { claimInclude, toClaimView } from "@/lib/server/claims/claim-view";
import { findClaim } from "@/lib/server/claims/find-claim";
import { userNames } from "@/lib/server/core/user-names";

/** One live claim of an article in the actor's workspace. */
export async function getClaim(actor: Actor, articleId: string, claimId: string) {
  const db = getDb();
  authorize(actor, "claim.read", await findClaim(db, actor, articleId, claimId));
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude });
  return toClaimView(claim, await userNames([claim.createdById, claim.updatedById]));
}
