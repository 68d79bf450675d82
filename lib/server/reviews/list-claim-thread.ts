import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { findClaim } from "@/lib/server/claims/find-claim";
import { userNames } from "@/lib/server/core/user-names";
import { toCommentView, type CommentView } from "@/lib/server/reviews/comment-view";

/** A claim's discussion: its threads, oldest first, each with its replies in order. */
export async function listClaimThread(actor: Actor, articleId: string, claimId: string) {
  const db = getDb();
  authorize(actor, "review.read", await findClaim(db, actor, articleId, claimId, { deleted: true }));
  const comments = await db.claimComment.findMany({ where: { claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const names = await userNames(comments.flatMap((c) => [c.authorId, ...c.mentions]));
  const views = comments.map((c) => toCommentView(c, names));
  const threads = views.filter((c) => !c.parentId).map((root) => ({ ...root, replies: [] as CommentView[] }));
  const byId = new Map(threads.map((t) => [t.id, t]));
  for (const reply of views) if (reply.parentId) byId.get(reply.parentId)?.replies.push(reply);
  return { claimId, threads };
}
export type ClaimThreadView = Awaited<ReturnType<typeof listClaimThread>>;
