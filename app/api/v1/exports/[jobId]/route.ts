import { exportJobSchema } from "@/lib/api/export-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { getExportJob } from "@/lib/server/exports/get-export-job";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/exports/{jobId}",
    summary: "A background export's status and progress (the requester's own; kept for a day)",
    tags: ["Exports"],
    response: { description: "The job", schema: exportJobSchema },
    errors: { 404: "Unknown, someone else's, or expired" },
  },
  async ({ actor, params }) => getExportJob(await actor(), params.jobId),
);
