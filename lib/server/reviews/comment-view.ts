import "server-only";
import type { ClaimComment } from "@/lib/generated/prisma/client";

/** A comment as the API and the discussion panel show it. */
export function toCommentView(comment: ClaimComment, names: ReadonlyMap<string, string>) {
  return {
    id: comment.id,
    claimId: comment.claimId,
    parentId: comment.parentId,
    reviewId: comment.reviewId,
    text: comment.text,
    mentions: comment.mentions,
    authorId: comment.authorId,
    authorName: names.get(comment.authorId) ?? "A former member",
    createdAt: comment.createdAt.toISOString(),
    resolvedAt: comment.resolvedAt?.toISOString() ?? null,
  };
}
export type CommentView = ReturnType<typeof toCommentView>;
