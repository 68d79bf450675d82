import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { CommentInput } from "@/lib/domain/reviews/review-input";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { userNames } from "@/lib/server/core/user-names";
import { findClaim } from "@/lib/server/claims/find-claim";
import { notify } from "@/lib/server/notifications/notify";
import { plainDoc } from "@/lib/server/reviews/review-claim";
import { toCommentView } from "@/lib/server/reviews/comment-view";

/**
 * Adds a comment to a claim's discussion: a new thread, or a reply to one
 * (`parentId`, a thread's root; a resolved thread takes no replies). Members
 * mentioned by id are told in My work; ids that are not members of the
 * workspace are a VALIDATION error.
 */
export async function addClaimComment(actor: Actor, articleId: string, claimId: string, input: CommentInput) {
  const comment = await getDb().$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, articleId, claimId, { include: { article: { select: { title: true } } } });
    authorize(actor, "claim.comment", claim);
    if (input.parentId) {
      const root = await tx.claimComment.findFirst({ where: { id: input.parentId, claimId, parentId: null } });
      if (!root) throw new AppError("NOT_FOUND", "That discussion does not exist on this claim.");
      if (root.resolvedAt) throw new AppError("CONFLICT", "That discussion is resolved: start a new one.");
    }
    const mentions = [...new Set(input.mentions ?? [])];
    if (mentions.length) {
      const members = await tx.membership.count({ where: { workspaceId: actor.workspaceId, userId: { in: mentions } } });
      if (members !== mentions.length) throw new AppError("VALIDATION", "Only members of this workspace can be mentioned.", { fieldErrors: { mentions: ["Not a member"] } });
    }
    const created = await tx.claimComment.create({
      data: {
        workspaceId: actor.workspaceId,
        articleId,
        claimId,
        parentId: input.parentId ?? null,
        body: plainDoc(input.text),
        text: input.text,
        mentions,
        authorId: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "claim.commented",
      entityType: "ClaimComment",
      entityId: created.id,
      articleId,
      claimId,
      data: { threadId: created.parentId, text: input.text.slice(0, 200), mentions },
    });
    await notify(tx, actor, mentions.map((userId) => ({
      kind: "claim.mentioned" as const,
      userId,
      articleId,
      claimId,
      data: { articleTitle: claim.article.title, claimExact: claim.exact.slice(0, 200), text: input.text.slice(0, 500) },
    })));
    return created;
  });
  return toCommentView(comment, await userNames([comment.authorId]));
}
