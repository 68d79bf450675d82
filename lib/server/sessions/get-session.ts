import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import { can } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { memberProgress } from "@/lib/domain/sessions/session-progress";
import { isSessionWritable, sessionMovesFor } from "@/lib/domain/sessions/session-status";
import { workMovesFor } from "@/lib/domain/sessions/work-status";
import { userNames } from "@/lib/server/core/user-names";
import { countClaimsByArticle } from "@/lib/server/sessions/count-claims";
import { countApprovedByArticle } from "@/lib/server/reviews/count-approved";
import { findSession } from "@/lib/server/sessions/find-session";
import { listSessionActivity } from "@/lib/server/sessions/list-session-activity";
import { assignedUserIds, sessionArticleInclude, toSessionArticleView, toSessionView } from "@/lib/server/sessions/session-view";
import { visibleClaimsWhere } from "@/lib/server/agreement/visible-claims-where";

/**
 * A session's dashboard: the session, its articles (assignment, work status,
 * claims per verdict and progress, and the moves the actor may make), each
 * member's progress and claims tagged on the session's articles, the newest
 * activity as sentences, and what the actor may do with the session.
 * @throws AppError NOT_FOUND (also for another workspace's session)
 */
export async function getSession(actor: Actor, sessionId: string) {
  const db = getDb();
  const session = await findSession(db, actor, sessionId);
  authorize(actor, "session.read", session);
  const [rows, members] = await Promise.all([
    db.sessionArticle.findMany({ where: { sessionId, article: { deletedAt: null } }, include: sessionArticleInclude, orderBy: [{ addedAt: "asc" }, { id: "asc" }] }),
    db.sessionMember.findMany({ where: { sessionId }, orderBy: { addedAt: "asc" }, select: { userId: true } }),
  ]);
  const articleIds = rows.map((r) => r.articleId);
  const memberIds = members.map((m) => m.userId);
  const [names, counts, tagged, roles, activity, reviews] = await Promise.all([
    userNames([session.createdById, ...assignedUserIds(rows), ...memberIds]),
    countClaimsByArticle(articleIds, db, visibleClaimsWhere(actor)),
    articleIds.length && memberIds.length
      ? db.claim.groupBy({ by: ["createdById"], where: { ...visibleClaimsWhere(actor), articleId: { in: articleIds }, createdById: { in: memberIds }, deletedAt: null }, _count: { _all: true } })
      : [],
    db.membership.findMany({ where: { workspaceId: actor.workspaceId, userId: { in: memberIds } }, select: { userId: true, role: true } }),
    listSessionActivity(actor, sessionId, articleIds),
    countApprovedByArticle(articleIds),
  ]);
  const writable = isSessionWritable(session.status);
  const articles = rows.map((row) => {
    const assignment = { editorIds: row.editors.map((e) => e.userId), reviewerId: row.reviewerId, anyReviewerMayReview: session.anyReviewerMayReview };
    const moves = writable ? workMovesFor(actor, assignment, row.status).map(({ to, label }) => ({ to, label })) : [];
    const review = { approved: reviews.approved.get(row.articleId) ?? 0, signedOff: reviews.signedOff.has(row.articleId) };
    return { ...toSessionArticleView(row, names, counts.get(row.articleId)!), moves, review };
  });
  const roleOf = new Map(roles.map((r) => [r.userId, r.role]));
  const taggedBy = new Map(tagged.map((t) => [t.createdById, t._count._all]));
  const progressInput = rows.map((r) => ({ status: r.status, editorIds: r.editors.map((e) => e.userId), reviewerId: r.reviewerId }));
  return {
    session: toSessionView(session, rows.map((r) => r.status), names),
    articles,
    members: memberIds.map((id) => ({
      id,
      name: names.get(id) ?? "Former member",
      role: roleOf.get(id) ?? null,
      ...memberProgress(id, progressInput),
      claimsTagged: taggedBy.get(id) ?? 0,
    })),
    activity,
    can: {
      edit: writable && can(actor, "session.update", session),
      assign: writable && can(actor, "session.assign", session),
      moves: sessionMovesFor(actor.role, session.status).map(({ to, label, needsReason, needsAllSignedOff }) => ({
        to,
        label,
        needsReason: Boolean(needsReason),
        needsAllSignedOff: Boolean(needsAllSignedOff),
      })),
    },
  };
}
export type SessionDashboard = Awaited<ReturnType<typeof getSession>>;
