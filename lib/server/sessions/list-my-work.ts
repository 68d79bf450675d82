import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/domain/roles";
import { can } from "@/lib/domain/policies/authorize";
import { quoteExcerpt } from "@/lib/domain/audit/describe-audit-event";
import { WITH_EDITOR, workMovesFor, type WorkStatus } from "@/lib/domain/sessions/work-status";
import { listCameBack } from "@/lib/server/reviews/list-came-back";
import { listReviewQueue } from "@/lib/server/reviews/list-review-queue";
import { userNames } from "@/lib/server/core/user-names";
import { countClaimsByArticle } from "@/lib/server/sessions/count-claims";
import { assignedUserIds, sessionArticleInclude, toSessionArticleView } from "@/lib/server/sessions/session-view";

/**
 * An entry of the My work slots the review work fills (issue 9): "waiting for
 * my review" and "came back to me". Each links to where the work is.
 */
export interface MyWorkSlotItem {
  id: string;
  href: string;
  title: string;
  detail?: string;
  at?: string;
}

// What needs the editor first: sent back, then started, then not begun; handed-over work last.
const ORDER: WorkStatus[] = ["CHANGES_REQUESTED", "IN_PROGRESS", "TO_DO", "READY_FOR_REVIEW", "SIGNED_OFF"];

/**
 * The actor's work: the articles they edit in open and in-review sessions of
 * the workspace, grouped by session, nearest deadline first, what needs them
 * first within a session, with claims per verdict and the moves they may make.
 * `openCount` counts articles waiting on them (to do, in progress, changes
 * requested): the header badge. The two slots stay empty until the review work fills them.
 */
export async function listMyWork(actor: Actor) {
  const rows = await getDb().sessionArticle.findMany({
    where: {
      editors: { some: { userId: actor.userId } },
      article: { deletedAt: null },
      session: { workspaceId: actor.workspaceId, status: { in: ["OPEN", "IN_REVIEW"] } },
    },
    include: { ...sessionArticleInclude, session: { select: { id: true, name: true, deadline: true, status: true, anyReviewerMayReview: true } } },
  });
  const [names, counts] = await Promise.all([userNames(assignedUserIds(rows)), countClaimsByArticle([...new Set(rows.map((r) => r.articleId))])]);
  const groups = new Map<string, { session: (typeof rows)[number]["session"]; items: ReturnType<typeof item>[] }>();
  function item(row: (typeof rows)[number]) {
    const assignment = { editorIds: row.editors.map((e) => e.userId), reviewerId: row.reviewerId, anyReviewerMayReview: row.session.anyReviewerMayReview };
    return { ...toSessionArticleView(row, names, counts.get(row.articleId)!), moves: workMovesFor(actor, assignment, row.status).map(({ to, label }) => ({ to, label })) };
  }
  for (const row of rows) {
    const group = groups.get(row.sessionId) ?? { session: row.session, items: [] };
    group.items.push(item(row));
    groups.set(row.sessionId, group);
  }
  const deadline = (s: { deadline: Date | null }) => s.deadline?.getTime() ?? Number.POSITIVE_INFINITY;
  const sessions = [...groups.values()]
    .sort((a, b) => deadline(a.session) - deadline(b.session) || a.session.name.localeCompare(b.session.name))
    .map(({ session, items }) => ({
      session: { id: session.id, name: session.name, status: session.status, deadline: session.deadline?.toISOString() ?? null },
      items: items.sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.title.localeCompare(b.title)),
    }));
  const queue = can(actor, "review.queue") ? await listReviewQueue(actor, {}, { limit: 50 }) : [];
  const waitingForReview: MyWorkSlotItem[] = queue.map((q) => ({
    id: q.claimId,
    href: `/articles/${q.articleId}?claim=${q.claimId}`,
    title: quoteExcerpt(q.exact, 80),
    detail: `${q.stateLabel} · ${q.articleTitle} · tagged by ${q.editorName}`,
    at: q.waitingSince,
  }));
  return {
    openCount: rows.filter((r) => WITH_EDITOR.includes(r.status)).length,
    sessions,
    /** Claims waiting for my review (the review queue), and my claims sent back to me. */
    waitingForReview,
    cameBack: (await listCameBack(actor)) as MyWorkSlotItem[],
  };
}
export type MyWork = Awaited<ReturnType<typeof listMyWork>>;
