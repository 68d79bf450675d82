import { reportQuerySchema } from "@/lib/domain/exports/report-formats";
import { defineRoute } from "@/lib/http/define-route";
import { reportOutcomeResponse, reportResponses } from "@/lib/http/report-route";
import { requestTimeZone } from "@/lib/http/request-time-zone";
import { exportSessionReport } from "@/lib/server/exports/export-report";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/sessions/{id}/report",
    summary: "The session's fact-check report (cover, summary, shared statements, every article): built in the background, 202 with the job to poll",
    tags: ["Exports"],
    query: reportQuerySchema,
    response: { status: 202, ...reportResponses.otherResponses[202] },
    errors: { 404: true, 503: "PDF asked for, but no Chromium is installed (set CHROMIUM_PATH)" },
  },
  async ({ actor, params, query, request }) =>
    reportOutcomeResponse(await exportSessionReport(await actor(), params.id, query.format, requestTimeZone(request, query.timeZone)), query.disposition),
);
