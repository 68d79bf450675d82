import { z } from "zod";

export const REPORT_FORMATS = ["html", "pdf", "md", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_MEDIA_TYPES: Record<ReportFormat, string> = {
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

export const REPORT_FORMAT_LABELS: Record<ReportFormat, string> = { html: "HTML", pdf: "PDF", md: "Markdown", csv: "CSV" };

export const reportQuerySchema = z.object({
  format: z.enum(REPORT_FORMATS, { error: "format must be one of html, pdf, md, csv." }).default("html"),
  /** `inline` shows an HTML report in the browser instead of downloading it. */
  disposition: z.enum(["attachment", "inline"]).default("attachment"),
  /** The reader's zone for the report's dates (an IANA id); default UTC or the time zone cookie. */
  timeZone: z.string().max(64).optional(),
});

/** An article with more claims than this is reported in the background (as PDFs and session reports always are). */
export const BACKGROUND_CLAIM_THRESHOLD = 1_000;

/** Whether a report is built by a background job (202 and a job to poll) rather than in the request. */
export function runsInBackground(target: "article" | "session", format: ReportFormat, claims: number): boolean {
  return format === "pdf" || target === "session" || claims > BACKGROUND_CLAIM_THRESHOLD;
}

/** A download's file name: "fact-check-<title>[-draft].<ext>", ASCII, at most 80 characters before the extension. */
export function reportFileName(title: string, format: ReportFormat, draft: boolean): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "report";
  return `fact-check-${slug}${draft ? "-draft" : ""}.${format}`;
}

/** A Content-Disposition header that carries a UTF-8 file name safely. */
export function contentDisposition(fileName: string, disposition: "attachment" | "inline" = "attachment"): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
