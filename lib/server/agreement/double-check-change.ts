import "server-only";
import type { Tx } from "@/lib/db";
import type { WorkspaceAuditEvent } from "@/lib/domain/audit/audit-event";
import { AppError } from "@/lib/domain/errors";

/**
 * Turning a double check off would make the checkers' layers visible as they
 * are: refused while any layer claim exists (settle the differences first).
 * Turning it on is always possible; claims made before stay the article's.
 */
export async function checkDoubleCheckChange(tx: Tx, sessionArticleId: string, doubleCheck: boolean) {
  if (doubleCheck) return;
  const layered = await tx.claim.count({ where: { layerSessionArticleId: sessionArticleId, deletedAt: null } });
  if (layered > 0) throw new AppError("CONFLICT", `The checkers' layers hold ${layered} claim${layered === 1 ? "" : "s"}: it stays a double check.`);
}

/** The audit event of a change of the double-check setting. */
export function doubleCheckEvent(sessionArticleId: string, articleId: string, sessionId: string, doubleCheck: boolean): WorkspaceAuditEvent {
  return { action: "agreement.double_check_set", entityType: "SessionArticle", entityId: sessionArticleId, articleId, data: { sessionId, doubleCheck } };
}
