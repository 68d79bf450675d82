import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { exportJobSelect, toExportJobView } from "@/lib/server/exports/export-job-view";

/** A background export the actor asked for, in this workspace; anyone else's (or an expired one) is NOT_FOUND. */
export async function getExportJob(actor: Actor, jobId: string) {
  authorize(actor, "export.create");
  const job = await getDb().exportJob.findFirst({
    where: { id: jobId, workspaceId: actor.workspaceId, requestedById: actor.userId, expiresAt: { gt: new Date() } },
    select: exportJobSelect,
  });
  if (!job) throw new AppError("NOT_FOUND", "That export does not exist, or its file has expired (files are kept for a day).");
  return toExportJobView(job);
}

/**
 * The finished file of a background export.
 * @throws AppError NOT_FOUND (unknown, someone else's, expired), CONFLICT (not ready yet or failed)
 */
export async function getExportFile(actor: Actor, jobId: string) {
  const view = await getExportJob(actor, jobId);
  if (view.status !== "DONE") {
    throw new AppError("CONFLICT", view.status === "FAILED" ? `The export failed: ${view.error}` : "The export is not ready yet; poll its status.", { job: view });
  }
  const row = await getDb().exportJob.findUniqueOrThrow({ where: { id: jobId }, select: { file: true, mediaType: true, fileName: true } });
  return { body: new Uint8Array(row.file!), mediaType: row.mediaType!, fileName: row.fileName! };
}
