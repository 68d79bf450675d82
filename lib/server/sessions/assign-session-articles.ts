import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/domain/roles";
import type { AssignManyInput } from "@/lib/domain/sessions/session-input";
import { userNames } from "@/lib/server/core/user-names";
import { assignInSession } from "@/lib/server/sessions/assign-in-session";
import { countClaimsByArticle } from "@/lib/server/sessions/count-claims";
import { assignedUserIds, toSessionArticleView } from "@/lib/server/sessions/session-view";

/**
 * Hands several articles to the same editors and reviewer at once (adding
 * those not yet in the session, reassigning the others), all or nothing.
 * @throws AppError NOT_FOUND, FORBIDDEN, CONFLICT (read-only session), VALIDATION
 */
export async function assignSessionArticles(actor: Actor, sessionId: string, input: AssignManyInput) {
  const { articleIds, ...assignment } = input;
  const rows = await getDb().$transaction((tx) => assignInSession(tx, actor, sessionId, articleIds, assignment));
  const [names, counts] = await Promise.all([userNames(assignedUserIds(rows)), countClaimsByArticle(articleIds)]);
  return rows.map((row) => toSessionArticleView(row, names, counts.get(row.articleId)!));
}
