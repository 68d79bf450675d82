import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/domain/roles";
import type { AssignmentInput } from "@/lib/domain/sessions/session-input";
import { assignedUserIds, toSessionArticleView } from "@/lib/server/sessions/session-view";
import { assignInSession } from "@/lib/server/sessions/assign-in-session";
import { countClaimsByArticle } from "@/lib/server/sessions/count-claims";
import { userNames } from "@/lib/server/core/user-names";

/**
 * Adds an article to a session with its editors and reviewer, or reassigns it
 * when it is already in (PUT: the same call twice changes nothing the second
 * time). Those newly assigned are notified.
 * @throws AppError NOT_FOUND (session or article), FORBIDDEN, CONFLICT (read-only session), VALIDATION (people)
 */
export async function putSessionArticle(actor: Actor, sessionId: string, articleId: string, input: AssignmentInput) {
  const [row] = await getDb().$transaction((tx) => assignInSession(tx, actor, sessionId, [articleId], input));
  const [names, counts] = await Promise.all([userNames(assignedUserIds([row])), countClaimsByArticle([articleId])]);
  return toSessionArticleView(row, names, counts.get(articleId)!);
}
