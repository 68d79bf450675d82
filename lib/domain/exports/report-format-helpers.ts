import { formatDateTime, type DatePrecision } from "@/lib/domain/dates/format-date-time";
import { LINK_RELATION_LABELS } from "@/lib/domain/links/link-input";
import { REVIEW_STATE_LABELS, type ClaimReviewStatus, type ReportCluster, type SignOffStatus } from "@/lib/domain/exports/report-types";

/** How a report is written: the reader's zone for its dates. */
export interface ReportFormatOptions {
  timeZone: string;
}

/** A date of a report as text ("—" when absent). */
export function reportDate(value: string | null, options: ReportFormatOptions, precision: DatePrecision = "auto", sourceTimeZone?: string | null): string {
  return value ? formatDateTime(value, { timeZone: options.timeZone, precision, sourceTimeZone }) : "—";
}

/** Evidence dates are calendar days stored at midnight UTC: shown as entered. */
export const checkedDate = (value: string | null) => (value ? formatDateTime(value, { timeZone: "UTC", precision: "day" }) : null);

/** "Approved by Ana Reviewer, 3 Dec 2026, 10:00 UTC, version 3", or "Not reviewed". */
export function reviewText(review: ClaimReviewStatus, options: ReportFormatOptions): string {
  const label = REVIEW_STATE_LABELS[review.state];
  if (review.state === "NOT_REVIEWED") return label;
  const who = review.reviewer ? ` by ${review.reviewer}` : "";
  const when = review.at ? `, ${reportDate(review.at, options, "minute")}` : "";
  const version = review.version !== null ? `, version ${review.version}` : "";
  return `${label}${who}${when}${version}`;
}

/** "Signed off by … on …", "superseded", or "Not signed off". */
export function signOffText(signOff: SignOffStatus | null, options: ReportFormatOptions): string {
  if (!signOff) return "Not signed off";
  const text = `Signed off by ${signOff.by}, ${reportDate(signOff.at, options, "minute")}`;
  return signOff.superseded ? `${text} (superseded by later changes)` : text;
}

/** "Harbour Gazette, 2 Apr 2026" */
export function articleRefText(ref: { title: string; outlet: string | null; publishedAt: string | null }, options: ReportFormatOptions, withTitle = true): string {
  const parts = [withTitle ? `“${ref.title}”` : null, ref.outlet, ref.publishedAt ? reportDate(ref.publishedAt, options, "auto") : null].filter(Boolean);
  return parts.join(", ");
}

/** The first appearance of a cluster and who else carries it, as one line. */
export function clusterText(cluster: ReportCluster, options: ReportFormatOptions): string {
  const first = cluster.firstAppearance ? `First appeared in ${articleRefText(cluster.firstAppearance, options)}` : "No dated appearance";
  const others = cluster.appearances.length;
  const agreement = cluster.agree ? "verdicts agree" : "verdicts disagree";
  return `${first}; carried by ${others} articles; ${agreement}.`;
}

export const relationLabel = (relation: keyof typeof LINK_RELATION_LABELS) => LINK_RELATION_LABELS[relation];
