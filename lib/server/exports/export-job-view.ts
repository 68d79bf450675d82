import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The columns a job's status reads (never the file itself). */
export const exportJobSelect = {
  id: true, workspaceId: true, requestedById: true, targetType: true, targetId: true, format: true, status: true,
  progress: true, stage: true, error: true, fileName: true, byteSize: true, createdAt: true, finishedAt: true, expiresAt: true,
} satisfies Prisma.ExportJobSelect;

export type ExportJobRow = Prisma.ExportJobGetPayload<{ select: typeof exportJobSelect }>;

/** The public shape of a background export: its progress, and where to download it once done. */
export function toExportJobView(job: ExportJobRow) {
  const statusUrl = `/api/v1/exports/${job.id}`;
  return {
    id: job.id,
    status: job.status,
    progress: job.progress,
    stage: job.stage,
    error: job.error,
    target: { type: job.targetType as "article" | "session", id: job.targetId },
    format: job.format,
    fileName: job.fileName,
    byteSize: job.byteSize,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    expiresAt: job.expiresAt.toISOString(),
    statusUrl,
    downloadUrl: job.status === "DONE" ? `${statusUrl}/file` : null,
  };
}
export type ExportJobView = ReturnType<typeof toExportJobView>;
