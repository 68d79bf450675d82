import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/domain/roles";
import { sessionMoveProblem } from "@/lib/domain/sessions/session-status";
import { recordAudit } from "@/lib/server/core/audit";

/**
 * The session sign-off hook for the review work (issue 9): call it in the
 * transaction that signs a session's last article off (after its own checks
 * and its SESSION sign-off row). When every article of the session is signed
 * off and the session is open or in review, the session moves to SIGNED_OFF
 * (read-only until an admin reopens it), audited as an automatic
 * session.status_changed. Takes the session's lock (callers that took
 * findSessionArticle's lock already hold it). Returns whether it moved.
 */
export async function completeSessionSignOff(tx: Tx, actor: Actor, sessionId: string): Promise<boolean> {
  await tx.$queryRaw`SELECT 1 FROM "AnnotationSession" WHERE id = ${sessionId} AND "workspaceId" = ${actor.workspaceId} FOR UPDATE`;
  const session = await tx.annotationSession.findFirst({ where: { id: sessionId, workspaceId: actor.workspaceId } });
  if (!session || (session.status !== "OPEN" && session.status !== "IN_REVIEW")) return false;
  const [articles, signedOff] = await Promise.all([
    tx.sessionArticle.count({ where: { sessionId } }),
    tx.sessionArticle.count({ where: { sessionId, status: "SIGNED_OFF" } }),
  ]);
  if (sessionMoveProblem(session.status, "SIGNED_OFF", { articles, signedOff })) return false;
  await tx.annotationSession.update({ where: { id: sessionId }, data: { status: "SIGNED_OFF", version: { increment: 1 } } });
  await recordAudit(tx, actor, {
    action: "session.status_changed",
    entityType: "AnnotationSession",
    entityId: sessionId,
    data: { name: session.name, from: session.status, to: "SIGNED_OFF", automatic: true },
  });
  return true;
}
