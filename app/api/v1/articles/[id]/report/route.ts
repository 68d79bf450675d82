import { reportQuerySchema } from "@/lib/domain/exports/report-formats";
import { defineRoute } from "@/lib/http/define-route";
import { reportOutcomeResponse, reportResponses } from "@/lib/http/report-route";
import { requestTimeZone } from "@/lib/http/request-time-zone";
import { exportArticleReport } from "@/lib/server/exports/export-report";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/articles/{id}/report",
    summary: "The article's fact-check report as HTML, PDF, Markdown or CSV (PDFs and very large reports: a job to poll)",
    tags: ["Exports"],
    query: reportQuerySchema,
    ...reportResponses,
    errors: { 404: true, 503: "PDF asked for, but no Chromium is installed (set CHROMIUM_PATH)" },
  },
  async ({ actor, params, query, request }) =>
    reportOutcomeResponse(await exportArticleReport(await actor(), params.id, query.format, requestTimeZone(request, query.timeZone)), query.disposition),
);
