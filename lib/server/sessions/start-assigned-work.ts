import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/domain/roles";
import { startsWorkOnEdit } from "@/lib/domain/sessions/work-status";
import { findActiveSessionArticles } from "@/lib/server/sessions/find-session-article";
import { moveWorkStatus } from "@/lib/server/sessions/move-work-status";

/**
 * A first edit starts the work: when an editor assigned to this article in an
 * open or in-review session tags a claim while the article is still TO_DO,
 * it moves to IN_PROGRESS in the same transaction (audited as automatic).
 * Called by createClaim; costs one indexed query when there is nothing to do.
 */
export async function startAssignedWork(tx: Tx, actor: Actor, articleId: string) {
  const targets = await findActiveSessionArticles(tx, actor, articleId, { status: "TO_DO", editors: { some: { userId: actor.userId } } });
  for (const target of targets) {
    const assignment = { editorIds: target.editors.map((e) => e.userId), reviewerId: target.reviewerId, anyReviewerMayReview: target.session.anyReviewerMayReview };
    if (startsWorkOnEdit(actor, assignment, target.status)) await moveWorkStatus(tx, actor, target, "IN_PROGRESS", { automatic: true });
  }
}
