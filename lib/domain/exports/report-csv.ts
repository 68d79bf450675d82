import { stringify } from "csv-stringify/sync";
import { checkedDate, relationLabel, signOffText, type ReportFormatOptions } from "@/lib/domain/exports/report-format-helpers";
import { REVIEW_STATE_LABELS, type ArticleReport, type Report } from "@/lib/domain/exports/report-types";
import { blocksToPlainText } from "@/lib/domain/exports/rich-text";
import { VERDICT_PRESENTATION } from "@/lib/domain/exports/verdict-presentation";

/** Excel and LibreOffice open a UTF-8 CSV correctly only when it starts with a byte order mark. */
export const UTF8_BOM = "\uFEFF";

export const CSV_COLUMNS = [
  "Article", "Outlet", "Article published", "Source URL", "Revision", "Revision sha256", "Article sign-off",
  "Claim", "Quote", "Context before", "Context after", "Not found in current text", "Verdict", "Claim checked", "Claimed by",
  "Rationale", "Evidence", "Linked passages", "First appearance", "Cluster verdicts agree",
  "Review state", "Reviewer", "Reviewed at", "Version approved", "Claim version", "Tagged by", "Last changed", "Claim id", "Article id",
] as const;

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, tab or CR
 * first: OWASP's CSV injection list) gets a leading apostrophe, so it is shown
 * as text and never evaluated.
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One row per claim (every article of a session report in turn), with a UTF-8 BOM. */
export function reportToCsv(report: Report, options: ReportFormatOptions): string {
  const articles = report.kind === "article" ? [report] : report.articles;
  const rows = articles.flatMap((article) => articleRows(article, options));
  return UTF8_BOM + stringify([[...CSV_COLUMNS], ...rows.map((row) => row.map((v) => escapeFormula(v)))], { record_delimiter: "\r\n" });
}

function articleRows(report: ArticleReport, options: ReportFormatOptions): string[][] {
  const { article, revision } = report;
  return report.claims.map((c) => [
    article.title,
    article.outlet ?? "",
    article.publishedAt ?? "",
    article.url ?? "",
    String(revision.number),
    revision.sha256,
    signOffText(report.summary.signOff, options),
    String(c.number),
    c.quote.exact,
    c.quote.before,
    c.quote.after,
    c.orphaned ? "yes" : "no",
    VERDICT_PRESENTATION[c.verdict].label,
    c.claimReviewed ?? "",
    c.claimant ?? "",
    blocksToPlainText(c.rationale),
    c.evidence.map((e) => [e.url, e.quote && `“${e.quote}”`, e.note, checkedDate(e.checkedAt) && `checked ${checkedDate(e.checkedAt)}`].filter(Boolean).join(" — ")).join("\n"),
    c.links.map((l) => `${relationLabel(l.relation)}: ${l.article.title}${l.article.outlet ? ` (${l.article.outlet})` : ""} — “${l.passage}”`).join("\n"),
    c.cluster?.firstAppearance ? `${c.cluster.firstAppearance.title}${c.cluster.firstAppearance.outlet ? ` (${c.cluster.firstAppearance.outlet})` : ""}` : "",
    c.cluster ? (c.cluster.agree ? "yes" : "no") : "",
    REVIEW_STATE_LABELS[c.review.state],
    c.review.reviewer ?? "",
    c.review.at ?? "",
    c.review.version === null ? "" : String(c.review.version),
    String(c.version),
    c.taggedBy,
    c.updatedAt,
    c.id,
    article.id,
  ]);
}
