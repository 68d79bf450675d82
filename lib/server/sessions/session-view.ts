import "server-only";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import { claimProgress, countWorkStatuses, sessionProgress } from "@/lib/domain/sessions/session-progress";
import type { WorkStatus } from "@/lib/domain/sessions/work-status";
import type { Prisma } from "@/lib/generated/prisma/client";

type SessionRow = Prisma.AnnotationSessionGetPayload<object>;

const FORMER = "Former member";

/** A person as views show them (a removed account reads "Former member"). */
export const person = (id: string, names: ReadonlyMap<string, string>) => ({ id, name: names.get(id) ?? FORMER });

/** The public shape of a session, with where its articles stand (lists, API, dashboard header). */
export function toSessionView(session: SessionRow, statuses: readonly WorkStatus[], names: ReadonlyMap<string, string>) {
  return {
    id: session.id,
    name: session.name,
    brief: session.brief as Record<string, unknown> | null,
    deadline: session.deadline?.toISOString() ?? null,
    status: session.status,
    anyReviewerMayReview: session.anyReviewerMayReview,
    publicationUrl: session.publicationUrl,
    version: session.version,
    createdBy: person(session.createdById, names),
    createdAt: session.createdAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
    articleCount: statuses.length,
    statusCounts: countWorkStatuses(statuses),
    progress: sessionProgress(statuses),
  };
}
export type SessionView = ReturnType<typeof toSessionView>;

/** What sessionArticleInclude loads: the article's title and the assigned people. */
export const sessionArticleInclude = {
  article: { select: { id: true, title: true, outlet: true } },
  editors: { select: { userId: true, doneAt: true }, orderBy: { assignedAt: "asc" } },
} satisfies Prisma.SessionArticleInclude;

export type SessionArticleRow = Prisma.SessionArticleGetPayload<{ include: typeof sessionArticleInclude }>;

/** The public shape of an article in a session: assignment, work status, claims per verdict. */
export function toSessionArticleView(row: SessionArticleRow, names: ReadonlyMap<string, string>, claimCounts: Record<Verdict, number>) {
  const claimTotal = claimCounts.PENDING + claimCounts.VERIFIED + claimCounts.DISPUTED + claimCounts.SOURCED_ONLY;
  return {
    id: row.id,
    sessionId: row.sessionId,
    articleId: row.articleId,
    title: row.article.title,
    outlet: row.article.outlet,
    status: row.status,
    version: row.version,
    editors: row.editors.map((e) => person(e.userId, names)),
    reviewer: row.reviewerId ? person(row.reviewerId, names) : null,
    doubleCheck: row.doubleCheck,
    /** On a double check: the editors who marked their check done. */
    checksDone: row.editors.filter((e) => e.doneAt !== null).map((e) => e.userId),
    claimCounts,
    claimTotal,
    claimProgress: claimProgress(claimCounts),
    addedAt: row.addedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type SessionArticleView = ReturnType<typeof toSessionArticleView>;

/** The user ids a set of session article rows names (editors and reviewers). */
export function assignedUserIds(rows: readonly Pick<SessionArticleRow, "editors" | "reviewerId">[]): string[] {
  return rows.flatMap((r) => [...r.editors.map((e) => e.userId), ...(r.reviewerId ? [r.reviewerId] : [])]);
}
