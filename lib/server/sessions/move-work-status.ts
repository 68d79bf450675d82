import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { findWorkMove, WORK_STATUS_LABELS, type WorkStatus } from "@/lib/domain/sessions/work-status";
import { recordAudit } from "@/lib/server/core/audit";
import { notify } from "@/lib/server/notifications/notify";
import { assertSessionWritable } from "@/lib/server/sessions/find-session";
import type { WorkTarget } from "@/lib/server/sessions/find-session-article";

export interface MoveOptions {
  /** The article's version the caller saw: a stale one is a CONFLICT. */
  version?: number;
  /** Made by the app as a consequence (a first edit), not by a click: audited as such. */
  automatic?: boolean;
}

/**
 * Moves an article of a session to another work status inside the caller's
 * transaction: the session must take changes (409), the move must exist from
 * the article's current status (409: someone moved it meanwhile), and the
 * actor must be allowed to make it (403 with the rule's sentence: an assigned
 * editor hands over, the reviewer requests changes or signs off). Audited; a
 * hand-over tells the reviewer. The review work (issue 9) calls this for
 * READY_FOR_REVIEW → CHANGES_REQUESTED and → SIGNED_OFF, with a target from
 * findSessionArticle(tx, actor, sessionId, articleId, { lock: true }) or
 * findActiveSessionArticles (taken before its own audit rows: the audit
 * stream's lock comes last), then completeSessionSignOff for the session.
 * Returns the new version.
 */
export async function moveWorkStatus(tx: Tx, actor: Actor, target: WorkTarget, to: WorkStatus, opts: MoveOptions = {}): Promise<number> {
  assertSessionWritable(target.session);
  const from = target.status;
  if (opts.version !== undefined && opts.version !== target.version) {
    throw new AppError("CONFLICT", `Someone changed this article's status meanwhile: it is ${WORK_STATUS_LABELS[from].toLowerCase()} now.`, { current: { status: from, version: target.version } });
  }
  if (from === to) throw new AppError("CONFLICT", `This article is already ${WORK_STATUS_LABELS[to].toLowerCase()}.`, { current: { status: from, version: target.version } });
  if (!findWorkMove(from, to)) {
    throw new AppError("CONFLICT", `This article is ${WORK_STATUS_LABELS[from].toLowerCase()}: it cannot move to ${WORK_STATUS_LABELS[to].toLowerCase()} from there.`, {
      current: { status: from, version: target.version },
    });
  }
  authorize(actor, "session_article.move", {
    workspaceId: target.session.workspaceId,
    from,
    to,
    editorIds: target.editors.map((e) => e.userId),
    reviewerId: target.reviewerId,
    anyReviewerMayReview: target.session.anyReviewerMayReview,
  });
  const { count } = await tx.sessionArticle.updateMany({ where: { id: target.id, status: from }, data: { status: to, version: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT", "Someone changed this article's status meanwhile. Reload and try again.");
  await recordAudit(tx, actor, {
    action: "session.work_status_changed",
    entityType: "SessionArticle",
    entityId: target.id,
    articleId: target.articleId,
    data: { sessionId: target.sessionId, from, to, ...(opts.automatic ? { automatic: true as const } : {}) },
  });
  if (to === "READY_FOR_REVIEW" && target.reviewerId) {
    await notify(tx, actor, [{
      kind: "session.handed_over",
      userId: target.reviewerId,
      sessionId: target.sessionId,
      articleId: target.articleId,
      data: { sessionName: target.session.name, articleTitle: target.article.title },
    }]);
  }
  return target.version + 1;
}
