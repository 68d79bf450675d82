import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";

/**
 * A claim of the actor's workspace on the given article, or NOT_FOUND
 * (also for another workspace's ids). Deleted claims are found only on request.
 */
export async function findClaim(tx: Tx, actor: Actor, articleId: string, claimId: string, opts: { deleted?: boolean } = {}) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, articleId, workspaceId: actor.workspaceId, ...(opts.deleted ? {} : { deletedAt: null }) },
  });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist in this article.");
  return claim;
}
