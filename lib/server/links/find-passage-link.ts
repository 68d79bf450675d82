import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";

/** A link of the actor's workspace whose claim is live, or NOT_FOUND (also for another workspace's ids). */
export async function findPassageLink(tx: Tx, actor: Actor, linkId: string) {
  const link = await tx.passageLink.findFirst({
    where: { id: linkId, workspaceId: actor.workspaceId, claim: { deletedAt: null } },
    include: { claim: { select: { articleId: true } } },
  });
  if (!link) throw new AppError("NOT_FOUND", "That link does not exist in this workspace.");
  return link;
}
