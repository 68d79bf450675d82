import "server-only";
import { getDb, type Tx } from "@/lib/db";
import type { WorkspaceAuditEvent } from "@/lib/domain/audit/audit-event";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import type { UpdateSessionInput } from "@/lib/domain/sessions/session-input";
import { findSessionMove, isSessionWritable, sessionMoveProblem, sessionReadOnlyReason, type SessionStatus } from "@/lib/domain/sessions/session-status";
import { Prisma } from "@/lib/generated/prisma/client";
import { validateRationale } from "@/lib/server/claims/validate-rationale";
import { recordAudit } from "@/lib/server/core/audit";
import { staleVersionError } from "@/lib/server/core/stale-version-error";
import { userNames } from "@/lib/server/core/user-names";
import { findSession } from "@/lib/server/sessions/find-session";
import { toSessionView } from "@/lib/server/sessions/session-view";

type SessionRow = Awaited<ReturnType<typeof findSession>>;
type UpdatedData = Extract<WorkspaceAuditEvent, { action: "session.updated" }>["data"];

/**
 * Edits a session and/or moves its status, in one transaction. A status move
 * goes through the session policy (who) and the domain's move rules (from
 * which status, with a reason to reopen, once every article is signed off to
 * sign off); other fields need edit rights and a session that is open or in
 * review (after the move, so reopening and renaming go together). Optimistic
 * locking: `version` must be the one the client saw.
 * @throws AppError NOT_FOUND, FORBIDDEN, CONFLICT (stale version, read-only session, impossible move), VALIDATION
 */
export async function updateSession(actor: Actor, sessionId: string, input: UpdateSessionInput) {
  const brief = validateRationale(input.brief);
  const updated = await getDb().$transaction(async (tx) => {
    const before = await findSession(tx, actor, sessionId, { lock: true });
    if (before.version !== input.version) throw await staleVersion(tx, before);
    const to = input.status !== undefined && input.status !== before.status ? input.status : undefined;
    if (to) await checkMove(tx, actor, before, to, input.reason);
    const data: Prisma.AnnotationSessionUpdateInput = {};
    const changes: UpdatedData = { version: before.version + 1 };
    if (input.name !== undefined && input.name !== before.name) {
      data.name = input.name;
      changes.name = { from: before.name, to: input.name };
    }
    if (brief !== undefined && JSON.stringify(brief) !== JSON.stringify(before.brief)) {
      data.brief = brief === null ? Prisma.DbNull : (brief as Prisma.InputJsonValue);
      changes.briefChanged = true;
    }
    if (input.deadline !== undefined && input.deadline?.getTime() !== before.deadline?.getTime()) {
      data.deadline = input.deadline;
      changes.deadline = { from: before.deadline?.toISOString() ?? null, to: input.deadline?.toISOString() ?? null };
    }
    if (input.anyReviewerMayReview !== undefined && input.anyReviewerMayReview !== before.anyReviewerMayReview) {
      data.anyReviewerMayReview = input.anyReviewerMayReview;
      changes.anyReviewerMayReview = { from: before.anyReviewerMayReview, to: input.anyReviewerMayReview };
    }
    if (input.publicationUrl !== undefined && input.publicationUrl !== before.publicationUrl) {
      data.publicationUrl = input.publicationUrl;
      changes.publicationUrl = { from: before.publicationUrl, to: input.publicationUrl };
    }
    const edits = Object.keys(data).length > 0;
    if (edits) {
      authorize(actor, "session.update", before);
      const status = to ?? before.status;
      if (!isSessionWritable(status)) throw new AppError("CONFLICT", sessionReadOnlyReason(status)!);
    }
    if (!edits && !to) return before;
    const after = await tx.annotationSession.update({ where: { id: sessionId }, data: { ...data, status: to, version: { increment: 1 } } });
    if (to) {
      await recordAudit(tx, actor, {
        action: "session.status_changed",
        entityType: "AnnotationSession",
        entityId: sessionId,
        data: { name: after.name, from: before.status, to, ...(input.reason?.trim() ? { reason: input.reason.trim() } : {}) },
      });
    }
    if (edits) await recordAudit(tx, actor, { action: "session.updated", entityType: "AnnotationSession", entityId: sessionId, data: changes });
    return after;
  });
  const statuses = await getDb().sessionArticle.findMany({ where: { sessionId }, select: { status: true } });
  return toSessionView(updated, statuses.map((s) => s.status), await userNames([updated.createdById]));
}

/** Whether there is such a move (409), who may make it (policy, 403) and whether the session is ready for it (409). */
async function checkMove(tx: Tx, actor: Actor, session: SessionRow, to: SessionStatus, reason: string | undefined) {
  if (!findSessionMove(session.status, to)) throw new AppError("CONFLICT", sessionMoveProblem(session.status, to, { articles: 0, signedOff: 0 })!.message);
  authorize(actor, "session.move", { workspaceId: session.workspaceId, from: session.status, to });
  const [articles, signedOff] = await Promise.all([
    tx.sessionArticle.count({ where: { sessionId: session.id } }),
    tx.sessionArticle.count({ where: { sessionId: session.id, status: "SIGNED_OFF" } }),
  ]);
  const problem = sessionMoveProblem(session.status, to, { articles, signedOff, reason });
  if (problem?.kind === "reason") throw new AppError("VALIDATION", problem.message, { fieldErrors: { reason: [problem.message] } });
  if (problem) throw new AppError("CONFLICT", problem.message);
}

async function staleVersion(tx: Tx, current: SessionRow) {
  const statuses = await tx.sessionArticle.findMany({ where: { sessionId: current.id }, select: { status: true } });
  return staleVersionError(tx, "session", current, (row, names) => toSessionView(row, statuses.map((s) => s.status), names));
}
