import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/domain/roles";
import { findWorkMove, mayMakeWorkMove, type WorkStatus } from "@/lib/domain/sessions/work-status";
import { moveWorkStatus } from "@/lib/server/sessions/move-work-status";
import type { WorkTarget } from "@/lib/server/sessions/find-session-article";

/**
 * Moves the article, in each open session where it waits for review and the
 * actor is its reviewer, to `to` (CHANGES_REQUESTED after a request for
 * changes, SIGNED_OFF after a sign-off). Returns the sessions it moved in.
 */
export async function moveReviewedWork(tx: Tx, actor: Actor, targets: readonly WorkTarget[], to: WorkStatus): Promise<string[]> {
  const moved: string[] = [];
  for (const target of targets) {
    const move = findWorkMove(target.status, to);
    if (target.status !== "READY_FOR_REVIEW" || !move) continue;
    const assignment = { editorIds: target.editors.map((e) => e.userId), reviewerId: target.reviewerId, anyReviewerMayReview: target.session.anyReviewerMayReview };
    if (!mayMakeWorkMove(actor, assignment, move)) continue;
    await moveWorkStatus(tx, actor, target, to);
    moved.push(target.sessionId);
  }
  return moved;
}
