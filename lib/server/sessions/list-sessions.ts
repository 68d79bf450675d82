import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import type { SessionStatus } from "@/lib/domain/sessions/session-status";
import type { WorkStatus } from "@/lib/domain/sessions/work-status";
import { userNames } from "@/lib/server/core/user-names";
import { toSessionView } from "@/lib/server/sessions/session-view";

/**
 * The workspace's sessions with where their articles stand: open and in
 * review first (nearest deadline first), then signed off and closed ones,
 * newest first. `mine` says whether the actor is assigned in it. Two queries.
 */
export async function listSessions(actor: Actor, query: { status?: SessionStatus | "ACTIVE" } = {}) {
  authorize(actor, "session.list");
  const status = query.status === "ACTIVE" ? { in: ["OPEN", "IN_REVIEW"] as SessionStatus[] } : query.status;
  const db = getDb();
  const sessions = await db.annotationSession.findMany({
    where: { workspaceId: actor.workspaceId, ...(status ? { status } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  const ids = sessions.map((s) => s.id);
  const [articles, names] = await Promise.all([
    ids.length
      ? db.sessionArticle.findMany({
          where: { sessionId: { in: ids }, article: { deletedAt: null } },
          select: { sessionId: true, status: true, reviewerId: true, editors: { select: { userId: true } } },
        })
      : [],
    userNames(sessions.map((s) => s.createdById)),
  ]);
  const statuses = new Map<string, WorkStatus[]>(ids.map((id) => [id, []]));
  const mine = new Set<string>();
  for (const a of articles) {
    statuses.get(a.sessionId)!.push(a.status);
    if (a.reviewerId === actor.userId || a.editors.some((e) => e.userId === actor.userId)) mine.add(a.sessionId);
  }
  const active = (s: { status: SessionStatus }) => s.status === "OPEN" || s.status === "IN_REVIEW";
  const deadline = (s: { deadline: Date | null }) => s.deadline?.getTime() ?? Number.POSITIVE_INFINITY;
  const ordered = [...sessions].sort((a, b) => Number(active(b)) - Number(active(a)) || (active(a) ? deadline(a) - deadline(b) : 0));
  return ordered.map((s) => ({ ...toSessionView(s, statuses.get(s.id)!, names), mine: mine.has(s.id) }));
}
export type SessionListItem = Awaited<ReturnType<typeof listSessions>>[number];
