import "server-only";
import { getDb } from "@/lib/db";
import { runsInBackground, type ReportFormat } from "@/lib/domain/exports/report-formats";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { findArticle } from "@/lib/server/articles/find-article";
import { enqueueExport } from "@/lib/server/exports/enqueue-export";
import type { ExportJobView } from "@/lib/server/exports/export-job-view";
import { loadArticleReports } from "@/lib/server/exports/load-article-reports";
import { findReportSession } from "@/lib/server/exports/load-session-report";
import { assertPdfAvailable } from "@/lib/server/exports/print-pdf";
import { renderReport, type ReportFile } from "@/lib/server/exports/render-report";
import { articleClaimsWhere } from "@/lib/server/agreement/visible-claims-where";

/** A report is either ready now, or built by a background job to poll. */
export type ReportOutcome = { kind: "file"; file: ReportFile } | { kind: "job"; job: ExportJobView };

/**
 * An article's report in a format. Small reports are built in the request;
 * a PDF, or an article with very many claims, becomes a background job.
 * @throws AppError NOT_FOUND, UNAVAILABLE (PDF without Chromium)
 */
export async function exportArticleReport(actor: Actor, articleId: string, format: ReportFormat, timeZone: string): Promise<ReportOutcome> {
  authorize(actor, "export.create");
  const db = getDb();
  await findArticle(db, actor, articleId);
  if (format === "pdf") assertPdfAvailable();
  const claims = await db.claim.count({ where: { ...articleClaimsWhere, articleId, workspaceId: actor.workspaceId, deletedAt: null } });
  if (runsInBackground("article", format, claims)) {
    return { kind: "job", job: await enqueueExport(actor, { type: "article", id: articleId }, format, timeZone) };
  }
  const { reports } = await loadArticleReports(db, actor.workspaceId, [articleId]);
  return { kind: "file", file: await renderReport(reports[0], format, timeZone) };
}

/**
 * A session's report: always a background job (it covers many articles).
 * @throws AppError NOT_FOUND, UNAVAILABLE (PDF without Chromium)
 */
export async function exportSessionReport(actor: Actor, sessionId: string, format: ReportFormat, timeZone: string): Promise<ReportOutcome> {
  authorize(actor, "export.create");
  await findReportSession(getDb(), actor.workspaceId, sessionId);
  if (format === "pdf") assertPdfAvailable();
  return { kind: "job", job: await enqueueExport(actor, { type: "session", id: sessionId }, format, timeZone) };
}
