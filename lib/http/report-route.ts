import { exportJobSchema } from "@/lib/api/export-schemas";
import { REPORT_MEDIA_TYPES } from "@/lib/domain/exports/report-formats";
import type { ReportOutcome } from "@/lib/server/exports/export-report";
import { reportResponse } from "@/lib/server/exports/render-report";

/** The success responses of the report routes: the file now (200), or a job to poll (202). */
export const reportResponses = {
  response: {
    description: "The report file (HTML, PDF, Markdown or CSV)",
    content: Object.fromEntries(Object.values(REPORT_MEDIA_TYPES).map((type) => [type.split(";")[0], null])),
  },
  otherResponses: {
    202: { description: "Built in the background: poll the job (Location) and download its file when DONE", schema: exportJobSchema },
  },
};

/** A report outcome as a response: the file, or 202 with the job and its URL in Location. */
export function reportOutcomeResponse(outcome: ReportOutcome, disposition: "attachment" | "inline"): Response {
  if (outcome.kind === "file") return reportResponse(outcome.file, disposition);
  return Response.json(outcome.job, { status: 202, headers: { location: outcome.job.statusUrl } });
}
