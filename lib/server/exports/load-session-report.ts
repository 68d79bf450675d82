import "server-only";
import type { Tx } from "@/lib/db";
import { buildSessionReport } from "@/lib/domain/exports/build-session-report";
import { ROLE_LABELS, type Role } from "@/lib/domain/roles";
import { AppError } from "@/lib/domain/errors";
import { loadArticleReports } from "@/lib/server/exports/load-article-reports";
import { loadReportAgreement } from "@/lib/server/agreement/load-report-agreement";

/** A session of the workspace, with what its report's cover and summary need; NOT_FOUND for any other. */
export async function findReportSession(db: Tx, workspaceId: string, sessionId: string) {
  const session = await db.annotationSession.findFirst({
    where: { id: sessionId, workspaceId },
    include: {
      articles: { orderBy: { addedAt: "asc" }, include: { reviewer: { select: { name: true } }, editors: { include: { user: { select: { name: true } } } } } },
      members: { orderBy: { addedAt: "asc" }, include: { user: { select: { id: true, name: true } } } },
    },
  });
  if (!session) throw new AppError("NOT_FOUND", "That session does not exist in this workspace.");
  return session;
}

/**
 * The session report: its cover, the summary of its articles and their
 * reports (read through loadArticleReports, read with the sessions' data
 * directly until the sessions area offers a read of its own).
 */
export async function loadSessionReport(
  db: Tx,
  workspaceId: string,
  sessionId: string,
  options: { generatedAt?: Date; onProgress?: (share: number) => void | Promise<void> } = {},
) {
  const session = await findReportSession(db, workspaceId, sessionId);
  const roles = new Map(
    (await db.membership.findMany({ where: { workspaceId, userId: { in: session.members.map((m) => m.userId) } }, select: { userId: true, role: true } }))
      .map((m) => [m.userId, m.role as Role]),
  );
  const { reports, reviews } = await loadArticleReports(db, workspaceId, session.articles.map((a) => a.articleId), {
    generatedAt: options.generatedAt,
    sessionId,
    onProgress: options.onProgress,
  });
  return buildSessionReport(
    {
      session,
      team: session.members.map((m) => ({ name: m.user.name, role: roles.has(m.userId) ? ROLE_LABELS[roles.get(m.userId)!] : "Former member" })),
      assignments: new Map(session.articles.map((a) => [a.articleId, { status: a.status, editors: a.editors.map((e) => e.user.name), reviewer: a.reviewer?.name ?? null }])),
      signOff: reviews.sessionSignOff,
      agreement: await loadReportAgreement(db, sessionId),
    },
    reports,
    options.generatedAt ?? new Date(),
  );
}
