import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleClaimsWhere } from "@/lib/server/agreement/visible-claims-where";

/**
 * A claim of the actor's workspace on the given article, or NOT_FOUND
 * (also for another workspace's ids, and for a checker's blind layer the actor may not see). Deleted claims are found only on request.
 * `include` loads relations in the same query (e.g. a claim view's evidence).
 */
export async function findClaim<I extends Prisma.ClaimInclude = Record<never, never>>(
  tx: Tx,
  actor: Actor,
  articleId: string,
  claimId: string,
  opts: { deleted?: boolean; include?: I } = {},
): Promise<Prisma.ClaimGetPayload<{ include: I }>> {
  const claim = await tx.claim.findFirst({
    where: { ...visibleClaimsWhere(actor), id: claimId, articleId, workspaceId: actor.workspaceId, ...(opts.deleted ? {} : { deletedAt: null }) },
    include: opts.include,
  });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist in this article.");
  return claim as Prisma.ClaimGetPayload<{ include: I }>;
}
