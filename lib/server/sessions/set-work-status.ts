import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/domain/roles";
import type { WorkStatusInput } from "@/lib/domain/sessions/session-input";
import { userNames } from "@/lib/server/core/user-names";
import { countClaimsByArticle } from "@/lib/server/sessions/count-claims";
import { findSessionArticle } from "@/lib/server/sessions/find-session-article";
import { moveWorkStatus } from "@/lib/server/sessions/move-work-status";
import { assignedUserIds, sessionArticleInclude, toSessionArticleView } from "@/lib/server/sessions/session-view";

/**
 * Moves an article of a session to another work status (an editor starts work
 * or hands it over for review; a reviewer sends it back or signs it off), as
 * the work rules allow. Returns the article's new view.
 * @throws AppError NOT_FOUND, FORBIDDEN (not the actor's move), CONFLICT (read-only session, stale or impossible move)
 */
export async function setWorkStatus(actor: Actor, sessionId: string, articleId: string, input: WorkStatusInput) {
  const row = await getDb().$transaction(async (tx) => {
    const target = await findSessionArticle(tx, actor, sessionId, articleId, { lock: true });
    await moveWorkStatus(tx, actor, target, input.status, { version: input.version });
    return tx.sessionArticle.findUniqueOrThrow({ where: { id: target.id }, include: sessionArticleInclude });
  });
  const [names, counts] = await Promise.all([userNames(assignedUserIds([row])), countClaimsByArticle([articleId])]);
  return toSessionArticleView(row, names, counts.get(articleId)!);
}
