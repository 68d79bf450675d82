import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { userNames } from "@/lib/server/core/user-names";
import { findClaim } from "@/lib/server/claims/find-claim";
import { toCommentView } from "@/lib/server/reviews/comment-view";

/** Resolves a thread of a claim's discussion (its root comment): it closes, and takes no more replies. */
export async function resolveClaimThread(actor: Actor, articleId: string, claimId: string, threadId: string) {
  const resolved = await getDb().$transaction(async (tx) => {
    authorize(actor, "claim.comment", await findClaim(tx, actor, articleId, claimId));
    const { count } = await tx.claimComment.updateMany({
      where: { id: threadId, claimId, parentId: null, resolvedAt: null },
      data: { resolvedAt: new Date(), resolvedById: actor.userId },
    });
    if (count === 0) {
      const exists = await tx.claimComment.findFirst({ where: { id: threadId, claimId, parentId: null }, select: { id: true } });
      throw exists ? new AppError("CONFLICT", "That discussion is already resolved.") : new AppError("NOT_FOUND", "That discussion does not exist on this claim.");
    }
    await recordAudit(tx, actor, { action: "claim.thread_resolved", entityType: "ClaimComment", entityId: threadId, articleId, claimId, data: {} });
    return tx.claimComment.findUniqueOrThrow({ where: { id: threadId } });
  });
  return toCommentView(resolved, await userNames([resolved.authorId]));
}
