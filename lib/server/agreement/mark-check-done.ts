import "server-only";
import { getDb } from "@/lib/db";
import { allChecksDone } from "@/lib/domain/agreement/layer-visibility";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { assertSessionWritable } from "@/lib/server/sessions/find-session";
import { findSessionArticle } from "@/lib/server/sessions/find-session-article";

/**
 * An assigned checker marks their own layer of a double-checked article done.
 * When the last checker is done, the layers open to the checkers and the
 * article goes to reconciliation. Marking done twice changes nothing.
 * @throws AppError NOT_FOUND, FORBIDDEN (not a checker), CONFLICT (not a double check, read-only session)
 */
export async function markCheckDone(actor: Actor, sessionId: string, articleId: string) {
  return getDb().$transaction(async (tx) => {
    const target = await findSessionArticle(tx, actor, sessionId, articleId, { lock: true });
    const editorIds = target.editors.map((e) => e.userId);
    authorize(actor, "agreement.mark_done", { workspaceId: target.session.workspaceId, editorIds, reviewerId: target.reviewerId });
    assertSessionWritable(target.session);
    if (!target.doubleCheck) throw new AppError("CONFLICT", "This article is not a double check: there is no check to mark done.");
    const { count } = await tx.sessionArticleEditor.updateMany({
      where: { sessionArticleId: target.id, userId: actor.userId, doneAt: null },
      data: { doneAt: new Date() },
    });
    const editors = await tx.sessionArticleEditor.findMany({ where: { sessionArticleId: target.id }, select: { userId: true, doneAt: true } });
    const allDone = allChecksDone({ editors });
    if (count > 0) {
      await recordAudit(tx, actor, { action: "agreement.check_done", entityType: "SessionArticle", entityId: target.id, articleId, data: { sessionId, allDone } });
    }
    return { sessionId, articleId, done: editors.filter((e) => e.doneAt).map((e) => e.userId), allDone };
  });
}
