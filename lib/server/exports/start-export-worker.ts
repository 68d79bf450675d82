import "server-only";
import { deleteExpiredExports } from "@/lib/server/exports/delete-expired-exports";
import type { ExportJobData } from "@/lib/server/exports/enqueue-export";
import { CLEANUP_QUEUE, EXPORT_QUEUE, exportQueue } from "@/lib/server/exports/export-queue";
import { runExportJob } from "@/lib/server/exports/run-export-job";

const state = globalThis as unknown as { crosscheckExportWorker?: Promise<void> };

/**
 * Starts this process's export worker (once): it takes export jobs from the
 * shared pg-boss queue one at a time, so several app instances share the
 * work through Postgres, and runs the hourly cleanup of files older than a day.
 * Called from instrumentation.ts when the Node server starts.
 */
export function startExportWorker(): Promise<void> {
  state.crosscheckExportWorker ??= (async () => {
    const boss = await exportQueue();
    await boss.work<ExportJobData>(EXPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => runExportJob(job.data));
    await boss.work(CLEANUP_QUEUE, async () => {
      await deleteExpiredExports();
    });
    await boss.schedule(CLEANUP_QUEUE, "17 * * * *");
    await deleteExpiredExports();
  })().catch((error) => {
    state.crosscheckExportWorker = undefined;
    throw error;
  });
  return state.crosscheckExportWorker;
}
