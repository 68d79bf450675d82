import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { assertSessionWritable, findSession } from "@/lib/server/sessions/find-session";

/**
 * Takes an article out of a session (the article, its claims and the
 * session's other articles stay). Audited with the status it had.
 * @throws AppError NOT_FOUND (session, or the article is not in it), FORBIDDEN, CONFLICT (read-only session)
 */
export async function removeSessionArticle(actor: Actor, sessionId: string, articleId: string) {
  await getDb().$transaction(async (tx) => {
    const session = await findSession(tx, actor, sessionId, { lock: true });
    authorize(actor, "session.assign", session);
    assertSessionWritable(session);
    const row = await tx.sessionArticle.findUnique({ where: { sessionId_articleId: { sessionId, articleId } }, include: { article: { select: { title: true } } } });
    if (!row) throw new AppError("NOT_FOUND", "That article is not in this session.");
    await tx.sessionArticle.delete({ where: { id: row.id } });
    await recordAudit(tx, actor, {
      action: "session.article_removed",
      entityType: "SessionArticle",
      entityId: row.id,
      articleId,
      data: { sessionId, title: row.article.title.slice(0, 200), status: row.status },
    });
  });
}
