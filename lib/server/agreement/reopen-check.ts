import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { assertSessionWritable } from "@/lib/server/sessions/find-session";
import { findSessionArticle } from "@/lib/server/sessions/find-session-article";

/**
 * The reviewer reopens one checker's layer (their check is no longer done),
 * so they can add to it or change it; the layers are blind again until they
 * mark it done once more. Settled differences stay settled.
 * @throws AppError NOT_FOUND, FORBIDDEN, CONFLICT (not a double check, or that check is not done)
 */
export async function reopenCheck(actor: Actor, sessionId: string, articleId: string, editorId: string) {
  return getDb().$transaction(async (tx) => {
    const target = await findSessionArticle(tx, actor, sessionId, articleId, { lock: true });
    const editorIds = target.editors.map((e) => e.userId);
    authorize(actor, "agreement.reconcile", { workspaceId: target.session.workspaceId, editorIds, reviewerId: target.reviewerId });
    assertSessionWritable(target.session);
    if (!target.doubleCheck || !editorIds.includes(editorId)) throw new AppError("CONFLICT", "That editor does not check this article.");
    const { count } = await tx.sessionArticleEditor.updateMany({ where: { sessionArticleId: target.id, userId: editorId, doneAt: { not: null } }, data: { doneAt: null } });
    if (count === 0) throw new AppError("CONFLICT", "That check is not marked done.");
    await recordAudit(tx, actor, { action: "agreement.check_reopened", entityType: "SessionArticle", entityId: target.id, articleId, data: { sessionId, editorId } });
    return { sessionId, articleId, editorId, reopened: true as const };
  });
}
