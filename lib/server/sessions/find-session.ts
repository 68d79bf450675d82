import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { sessionReadOnlyReason, type SessionStatus } from "@/lib/domain/sessions/session-status";

/**
 * A session of the actor's workspace, or NOT_FOUND (another workspace's id
 * too). With `lock`, the row is locked until the transaction ends, so writes
 * to one session (status moves, assignments) happen one after the other.
 */
export async function findSession(tx: Tx, actor: Actor, sessionId: string, opts: { lock?: boolean } = {}) {
  if (opts.lock) await tx.$queryRaw`SELECT 1 FROM "AnnotationSession" WHERE id = ${sessionId} AND "workspaceId" = ${actor.workspaceId} FOR UPDATE`;
  const session = await tx.annotationSession.findFirst({ where: { id: sessionId, workspaceId: actor.workspaceId } });
  if (!session) throw new AppError("NOT_FOUND", "That session does not exist in this workspace.");
  return session;
}

/** Refuses any change to a signed-off or closed session with a CONFLICT saying so (409). */
export function assertSessionWritable(session: { status: SessionStatus }) {
  const reason = sessionReadOnlyReason(session.status);
  if (reason) throw new AppError("CONFLICT", reason);
}
