import "server-only";
import { contentDisposition, REPORT_MEDIA_TYPES, reportFileName, type ReportFormat } from "@/lib/domain/exports/report-formats";
import { reportToCsv } from "@/lib/domain/exports/report-csv";
import { reportToHtml, reportToHtmlParts } from "@/lib/domain/exports/report-html";
import { reportToMarkdown } from "@/lib/domain/exports/report-markdown";
import type { Report } from "@/lib/domain/exports/report-types";
import { printPdf } from "@/lib/server/exports/print-pdf";

/** A rendered report, ready to send or store. */
export interface ReportFile {
  body: Uint8Array;
  mediaType: string;
  fileName: string;
}

/**
 * Writes a report in one format; PDF is the HTML report printed by Chromium,
 * whose progress (the share of it printed) `onProgress` hears.
 */
export async function renderReport(report: Report, format: ReportFormat, timeZone: string, onProgress?: (share: number) => unknown): Promise<ReportFile> {
  const title = report.kind === "article" ? report.article.title : report.session.name;
  const fileName = reportFileName(title, format, report.draft);
  const mediaType = REPORT_MEDIA_TYPES[format];
  const text = (s: string) => ({ body: new TextEncoder().encode(s), mediaType, fileName });
  switch (format) {
    case "html":
      return text(reportToHtml(report, { timeZone }));
    case "md":
      return text(reportToMarkdown(report, { timeZone }));
    case "csv":
      return text(reportToCsv(report, { timeZone }));
    case "pdf": {
      const parts = reportToHtmlParts(report, { timeZone });
      return { body: new Uint8Array(await printPdf(parts, { title, draft: report.draft }, onProgress)), mediaType, fileName };
    }
  }
}

/** A rendered report as an HTTP response (inline HTML opens in the browser; anything else downloads). */
export function reportResponse(file: ReportFile, disposition: "attachment" | "inline" = "attachment"): Response {
  const inline = disposition === "inline" && file.mediaType.startsWith("text/html");
  return new Response(file.body as BodyInit, {
    headers: {
      "content-type": file.mediaType,
      "content-disposition": contentDisposition(file.fileName, inline ? "inline" : "attachment"),
      "cache-control": "private, no-store",
      // A report is a document, never an app page: no scripts, no framing of anything.
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; frame-ancestors 'none'",
    },
  });
}
