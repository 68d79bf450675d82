import "server-only";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/domain/errors";
import type { ReportFormat } from "@/lib/domain/exports/report-formats";
import type { Report } from "@/lib/domain/exports/report-types";
import type { ExportJobData } from "@/lib/server/exports/enqueue-export";
import { loadArticleReports } from "@/lib/server/exports/load-article-reports";
import { loadSessionReport } from "@/lib/server/exports/load-session-report";
import { renderReport } from "@/lib/server/exports/render-report";

/** A job running longer than this fails rather than hold the worker. */
const JOB_TIMEOUT_MS = Number(process.env.EXPORT_JOB_TIMEOUT_MS ?? 10 * 60_000);

/**
 * Runs one background export: reads the target (scoped to the job's
 * workspace), builds the report, renders it and keeps the file in the job's
 * row, updating its progress on the way. A failure is recorded on the job
 * with a sentence for the user; nothing is thrown back to the queue unless
 * the row itself cannot be written.
 */
export async function runExportJob(data: ExportJobData): Promise<void> {
  const db = getDb();
  const job = await db.exportJob.findUnique({ where: { id: data.jobId } });
  if (!job || job.status === "DONE") return;
  const update = (progress: number, stage: string) =>
    db.exportJob.update({ where: { id: job.id }, data: { progress: Math.round(progress), stage } });
  await db.exportJob.update({ where: { id: job.id }, data: { status: "RUNNING", startedAt: new Date(), progress: 5, stage: "Reading the claims" } });
  let timer: NodeJS.Timeout | undefined;
  try {
    const work = (async () => {
      const onProgress = (share: number) => update(5 + share * 55, "Reading the claims").then(() => undefined);
      let report: Report;
      if (job.targetType === "session") {
        report = await loadSessionReport(db, job.workspaceId, job.targetId, { onProgress });
      } else {
        const { reports } = await loadArticleReports(db, job.workspaceId, [job.targetId], { onProgress });
        if (!reports[0]) throw new Error("The article no longer exists.");
        report = reports[0];
      }
      await update(65, job.format === "pdf" ? "Printing the PDF" : "Writing the report");
      return renderReport(report, job.format as ReportFormat, data.timeZone, (share) => update(65 + share * 30, "Printing the PDF"));
    })();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The export took longer than ${Math.round(JOB_TIMEOUT_MS / 1000)} s and was stopped.`)), JOB_TIMEOUT_MS);
    });
    const file = await Promise.race([work, timeout]);
    await db.exportJob.update({
      where: { id: job.id },
      data: {
        status: "DONE", progress: 100, stage: "Ready", finishedAt: new Date(),
        file: Buffer.from(file.body), byteSize: file.body.byteLength, fileName: file.fileName, mediaType: file.mediaType,
      },
    });
  } catch (error) {
    if (!isAppError(error)) console.error(`export job ${job.id} failed:`, error);
    await db.exportJob.update({
      where: { id: job.id },
      data: { status: "FAILED", stage: "Failed", finishedAt: new Date(), error: (error as Error).message || "The export failed." },
    });
  } finally {
    clearTimeout(timer);
  }
}
