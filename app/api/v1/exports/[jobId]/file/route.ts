import { REPORT_MEDIA_TYPES } from "@/lib/domain/exports/report-formats";
import { defineRoute } from "@/lib/http/define-route";
import { getExportFile } from "@/lib/server/exports/get-export-job";
import { reportResponse } from "@/lib/server/exports/render-report";
import { z } from "zod";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/exports/{jobId}/file",
    summary: "Download a finished background export",
    tags: ["Exports"],
    query: z.object({ disposition: z.enum(["attachment", "inline"]).default("attachment") }),
    response: {
      description: "The file",
      content: Object.fromEntries(Object.values(REPORT_MEDIA_TYPES).map((type) => [type.split(";")[0], null])),
    },
    errors: { 404: "Unknown, someone else's, or expired", 409: "Not ready yet, or it failed" },
  },
  async ({ actor, params, query }) => reportResponse(await getExportFile(await actor(), params.jobId), query.disposition),
);
