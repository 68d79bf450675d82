import "server-only";
import { getDb } from "@/lib/db";
import type { ReportFormat } from "@/lib/domain/exports/report-formats";
import type { Actor } from "@/lib/domain/roles";
import { EXPORT_QUEUE, exportQueue } from "@/lib/server/exports/export-queue";
import { exportJobSelect, toExportJobView } from "@/lib/server/exports/export-job-view";

/** Finished files are kept this long, then the cleanup job deletes them. */
export const EXPORT_FILE_TTL_MS = 24 * 60 * 60 * 1000;

/** What a background export job builds. */
export interface ExportJobData {
  jobId: string;
  timeZone: string;
}

/**
 * Records a background export (QUEUED) and sends it to the pg-boss queue,
 * which any app instance's worker picks up. The caller has authorized the
 * actor and checked the target exists.
 */
export async function enqueueExport(actor: Actor, target: { type: "article" | "session"; id: string }, format: ReportFormat, timeZone: string) {
  const job = await getDb().exportJob.create({
    data: {
      workspaceId: actor.workspaceId,
      requestedById: actor.userId,
      targetType: target.type,
      targetId: target.id,
      format,
      stage: "Waiting for a worker",
      expiresAt: new Date(Date.now() + EXPORT_FILE_TTL_MS),
    },
    select: exportJobSelect,
  });
  const data: ExportJobData = { jobId: job.id, timeZone };
  await (await exportQueue()).send(EXPORT_QUEUE, data);
  return toExportJobView(job);
}
