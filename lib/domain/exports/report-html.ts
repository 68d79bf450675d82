import { VERDICTS, type Verdict } from "@/lib/domain/claims/verdicts";
import {
  articleRefText,
  checkedDate,
  clusterText,
  relationLabel,
  reportDate,
  reviewText,
  signOffText,
  type ReportFormatOptions,
} from "@/lib/domain/exports/report-format-helpers";
import { REPORT_CSS } from "@/lib/domain/exports/report-css";
import { REVIEW_STATE_LABELS, type ArticleReport, type Report, type ReportClaim, type SessionReport } from "@/lib/domain/exports/report-types";
import { blocksToHtml, escapeHtml as e } from "@/lib/domain/exports/rich-text";
import { VERDICT_PRESENTATION } from "@/lib/domain/exports/verdict-presentation";

export interface HtmlReportOptions extends ReportFormatOptions {
  /**
   * Page numbers and the running header drawn by CSS page-margin boxes when a
   * browser prints the page. Off for the PDF, whose printer draws its own.
   */
  printMarginBoxes?: boolean;
  /** The diagonal DRAFT mark on every page of a draft (fixed-position); off for the PDF, whose printer stamps it. */
  watermark?: boolean;
}

/** Icons drawn inline (the page is self-contained), one shape per verdict so grey print tells them apart. */
const ICONS: Record<Verdict, string> = {
  VERIFIED: '<path d="M4 8.5l2.5 2.5L12 5.5" fill="none" stroke="currentColor" stroke-width="2"/>',
  DISPUTED: '<path d="M5 5l6 6M11 5l-6 6" fill="none" stroke="currentColor" stroke-width="2"/>',
  SOURCED_ONLY: '<path d="M4 4h3.5v4H5.5c0 1.5.5 2.5 2 3M9 4h3.5v4h-2c0 1.5.5 2.5 2 3" fill="none" stroke="currentColor" stroke-width="1.4"/>',
  PENDING: '<path d="M6 6a2 2 0 114 .3c-.4.9-2 1.2-2 2.7M8 11.5v.5" fill="none" stroke="currentColor" stroke-width="1.6"/>',
};

/** A verdict as a badge: icon, label, colour and a border style of its own. */
export function verdictBadge(verdict: Verdict): string {
  const p = VERDICT_PRESENTATION[verdict];
  return `<span class="verdict" data-verdict="${verdict}" style="color:${p.color};background:${p.background};border:2px ${p.border} ${p.color}"><svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.2"/>${ICONS[verdict]}</svg>${e(p.label)}</span>`;
}

/** A report as one self-contained HTML page (styles inline, no external resources) with print CSS. */
export function reportToHtml(report: Report, options: HtmlReportOptions): string {
  const body = report.kind === "article" ? articleHtml(report, options, 1) : sessionHtml(report, options);
  return htmlDocument(report, options, body, { first: true, last: true });
}

/** How many articles of a session report go into one printed part. */
export const ARTICLES_PER_PRINT_PART = 5;

/**
 * The report as several self-contained HTML documents that, printed one after
 * the other, make the whole report: the session's front matter with its first
 * articles, then a few articles each (every article starts a page anyway).
 * Chromium's printing time grows faster than the page count, so a long report
 * is printed in parts and merged. No watermark and no page-margin boxes: the
 * PDF printer stamps them on the merged pages.
 */
export function reportToHtmlParts(report: Report, options: ReportFormatOptions, articlesPerPart = ARTICLES_PER_PRINT_PART): string[] {
  const print: HtmlReportOptions = { ...options, printMarginBoxes: false, watermark: false };
  if (report.kind === "article") return [htmlDocument(report, print, articleHtml(report, print, 1), { first: true, last: true })];
  const groups: ArticleReport[][] = [];
  for (let i = 0; i < report.articles.length; i += articlesPerPart) groups.push(report.articles.slice(i, i + articlesPerPart));
  if (groups.length === 0) groups.push([]);
  return groups.map((articles, i) => {
    const here = new Set(articles.map((a) => `article-${a.article.id}`));
    // Chromium drops a link whose target is in another part: point it outside, for the merge to turn into a jump.
    const front = i === 0 ? sessionFrontMatter(report, print).replace(/href="#(article-[^"]+)"/g, (link, id: string) => (here.has(id) ? link : `href="${CROSS_PART_LINK}${id}"`)) : "";
    const body = `${destinationsOf(here)}${front}${articles.map((a) => articleHtml(a, print, 2)).join("\n")}`;
    return htmlDocument(report, print, body, { first: i === 0, last: i === groups.length - 1 });
  });
}

/**
 * Where a printed part's link to an article in another part points, followed
 * by the article's element id; the PDF merge turns such links into jumps.
 */
export const CROSS_PART_LINK = "https://crosscheck.invalid/report-part#";

/**
 * Invisible links to the part's own articles: Chromium writes a named PDF
 * destination only for an element that some link of the document targets,
 * and the merge needs one for every article.
 */
function destinationsOf(ids: Set<string>): string {
  return `<div class="print-destinations" aria-hidden="true">${[...ids].map((id) => `<a href="#${e(id)}" tabindex="-1"></a>`).join("")}</div>`;
}

/** The page around a report's body: head and styles, the draft notice (first part), the generated line (last part). */
function htmlDocument(report: Report, options: HtmlReportOptions, body: string, part: { first: boolean; last: boolean }): string {
  const title = report.kind === "article" ? report.article.title : report.session.name;
  const draftNote = report.draft ? "DRAFT — not signed off" : "";
  const header = `Crosscheck fact-check · ${title}${draftNote ? ` · ${draftNote}` : ""}`;
  const marginBoxes = options.printMarginBoxes === false ? "" : `@page { @top-left { content: "${cssString(header)}"; font: 8pt sans-serif; color: #57534e; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; color: #57534e; } }`;
  const watermark = report.draft && options.watermark !== false ? '<div class="draft-mark" aria-hidden="true">DRAFT</div>' : "";
  const banner = report.draft && part.first ? '<p class="draft-banner" role="note"><strong>DRAFT</strong> — not signed off. Verdicts may still change.</p>' : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} — fact-check report${report.draft ? " (draft)" : ""}</title>
<meta name="generator" content="Crosscheck">
<style>${REPORT_CSS}${marginBoxes}</style></head>
<body class="${report.draft ? "is-draft" : "is-final"}">
${watermark}${banner}
<main>${body}</main>
${part.last ? `<footer class="generated">Generated by Crosscheck on ${e(reportDate(report.generatedAt, options, "minute"))}.</footer>` : ""}
</body></html>`;
}

function cssString(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/[\n\r]/g, " ");
}

function articleHtml(report: ArticleReport, options: ReportFormatOptions, level: 1 | 2): string {
  const { article, revision, summary } = report;
  const h = `h${level}`;
  const meta: [string, string][] = [
    ["Outlet", e(article.outlet ?? "—")],
    ["Author", e(article.author ?? "—")],
    ["Published", e(reportDate(article.publishedAt, options, "auto", article.sourceTimeZone))],
    ["Updated", e(reportDate(article.sourceUpdatedAt, options, "auto", article.sourceTimeZone))],
    ["Source", article.url ? `<a href="${e(article.url)}">${e(article.url)}</a>` : "—"],
    ["Revision", `${revision.number} · <span class="mono">sha256 ${e(revision.sha256)}</span>`],
  ];
  if (article.publicationUrl) meta.push(["Published check", `<a href="${e(article.publicationUrl)}">${e(article.publicationUrl)}</a>`]);
  return `<section class="article-report${level === 2 ? " in-session" : ""}" id="article-${e(article.id)}">
<header class="report-head"><p class="eyebrow">Fact-check report${report.draft ? ' · <span class="draft-tag">Draft</span>' : ""}</p>
<${h} class="title">${e(article.title)}</${h}>
<dl class="meta">${meta.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join("")}</dl></header>
<section class="summary" aria-label="Summary">
<table class="counts"><caption>Claims per verdict</caption><thead><tr>${VERDICTS.map((v) => `<th scope="col">${verdictBadge(v)}</th>`).join("")}<th scope="col">Total</th></tr></thead>
<tbody><tr>${VERDICTS.map((v) => `<td>${summary.verdicts[v]}</td>`).join("")}<td><strong>${summary.total}</strong></td></tr></tbody></table>
<p class="review-summary"><strong>Review:</strong> ${Object.entries(summary.reviews).filter(([, n]) => n > 0).map(([state, n]) => `${n} ${e(REVIEW_STATE_LABELS[state as keyof typeof REVIEW_STATE_LABELS].toLowerCase())}`).join(", ") || "no claims"}.
<strong>Sign-off:</strong> ${e(signOffText(summary.signOff, options))}.</p>
</section>
<section class="claims" aria-label="Claims">
${report.claims.length ? report.claims.map((c) => claimHtml(c, options)).join("\n") : '<p class="empty">No claims were tagged in this article.</p>'}
</section></section>`;
}

function claimHtml(claim: ReportClaim, options: ReportFormatOptions): string {
  const parts: string[] = [];
  parts.push(`<header class="claim-head"><span class="claim-number">Claim ${claim.number}</span>${verdictBadge(claim.verdict)}${claim.orphaned ? '<span class="orphan">Not found in the current text</span>' : ""}</header>`);
  parts.push(`<blockquote class="quote">${claim.quote.before ? `<span class="context">${e(claim.quote.before)}</span>` : ""}<mark style="border-bottom-color:${VERDICT_PRESENTATION[claim.verdict].color}">${e(claim.quote.exact)}</mark>${claim.quote.after ? `<span class="context">${e(claim.quote.after)}</span>` : ""}</blockquote>`);
  if (claim.claimReviewed || claim.claimant) {
    parts.push(`<p class="statement">${claim.claimReviewed ? `<strong>Claim checked:</strong> ${e(claim.claimReviewed)}` : ""}${claim.claimant ? `${claim.claimReviewed ? " · " : ""}<span class="claimant">Claimed by ${e(claim.claimant)}</span>` : ""}</p>`);
  }
  parts.push(claim.rationale.length ? `<div class="rationale"><h4>Rationale</h4>${blocksToHtml(claim.rationale)}</div>` : '<p class="muted">No rationale written.</p>');
  if (claim.evidence.length) {
    parts.push(`<div class="evidence"><h4>Evidence</h4><ul>${claim.evidence.map((ev) => {
      const checked = checkedDate(ev.checkedAt);
      return `<li>${ev.url ? `<a href="${e(ev.url)}">${e(ev.url)}</a>` : ""}${ev.quote ? `<q>${e(ev.quote)}</q>` : ""}${ev.note ? `<span class="note">${e(ev.note)}</span>` : ""}<span class="checked">${checked ? `Checked ${e(checked)}` : "Date checked not given"}</span></li>`;
    }).join("")}</ul></div>`);
  }
  if (claim.links.length) {
    parts.push(`<div class="links"><h4>Linked passages in other outlets</h4><ul>${claim.links.map((l) =>
      `<li><span class="relation relation-${l.relation.toLowerCase()}">${e(relationLabel(l.relation))}</span> ${e(articleRefText(l.article, options))}: <q>${e(l.passage)}</q>${l.orphaned ? " (not found in its current text)" : ""}${l.note ? ` <span class="note">${e(l.note)}</span>` : ""}</li>`).join("")}</ul></div>`);
  }
  if (claim.cluster) parts.push(`<p class="cluster"><strong>Same statement elsewhere:</strong> ${e(clusterText(claim.cluster, options))}</p>`);
  parts.push(`<p class="review review-${claim.review.state.toLowerCase()}"><strong>Review:</strong> ${e(reviewText(claim.review, options))}.</p>`);
  return `<article class="claim" id="claim-${e(claim.id)}" data-verdict="${claim.verdict}">${parts.join("")}</article>`;
}

function sessionHtml(report: SessionReport, options: ReportFormatOptions): string {
  return `${sessionFrontMatter(report, options)}${report.articles.map((a) => articleHtml(a, options, 2)).join("\n")}`;
}

/** The session report before its articles: cover, article table, shared statements, agreement. */
function sessionFrontMatter(report: SessionReport, options: ReportFormatOptions): string {
  const { session, summary } = report;
  const cover = `<section class="cover">
<p class="eyebrow">Fact-check session report${report.draft ? ' · <span class="draft-tag">Draft</span>' : ""}</p>
<h1 class="title">${e(session.name)}</h1>
<dl class="meta">
<div><dt>Status</dt><dd>${e(session.status.replace(/_/g, " ").toLowerCase())}</dd></div>
<div><dt>Opened</dt><dd>${e(reportDate(session.createdAt, options, "day"))}</dd></div>
<div><dt>Deadline</dt><dd>${e(reportDate(session.deadline, options, "minute"))}</dd></div>
<div><dt>Sign-off</dt><dd>${e(signOffText(summary.signOff, options))}</dd></div>
${session.publicationUrl ? `<div><dt>Published at</dt><dd><a href="${e(session.publicationUrl)}">${e(session.publicationUrl)}</a></dd></div>` : ""}
</dl>
<h2>Brief</h2>${session.brief.length ? `<div class="brief">${blocksToHtml(session.brief)}</div>` : '<p class="muted">No brief.</p>'}
<h2>Team</h2>${session.team.length ? `<ul class="team">${session.team.map((m) => `<li>${e(m.name)} <span class="muted">${e(m.role)}</span></li>`).join("")}</ul>` : '<p class="muted">No members listed.</p>'}
</section>`;
  const table = `<section class="session-summary"><h2>Articles</h2>
<table class="grid"><thead><tr><th scope="col">Article</th><th scope="col">Outlet</th><th scope="col">Status</th><th scope="col">Editors</th><th scope="col">Reviewer</th>${VERDICTS.map((v) => `<th scope="col">${verdictBadge(v)}</th>`).join("")}<th scope="col">Approved</th><th scope="col">Sign-off</th></tr></thead>
<tbody>${summary.articles.map((row) => `<tr><th scope="row"><a href="#article-${e(row.article.id)}">${e(row.article.title)}</a></th><td>${e(row.article.outlet ?? "—")}</td><td>${e(row.status.replace(/_/g, " ").toLowerCase())}</td><td>${e(row.editors.join(", ") || "—")}</td><td>${e(row.reviewer ?? "—")}</td>${VERDICTS.map((v) => `<td class="num">${row.verdicts[v]}</td>`).join("")}<td class="num">${row.approved}/${row.total}</td><td>${e(row.signOff ? (row.signOff.superseded ? "superseded" : "signed off") : "not signed off")}</td></tr>`).join("")}</tbody>
<tfoot><tr><th scope="row">All articles</th><td></td><td></td><td></td><td></td>${VERDICTS.map((v) => `<td class="num">${summary.verdicts[v]}</td>`).join("")}<td class="num">${summary.articles.reduce((n, r) => n + r.approved, 0)}/${summary.total}</td><td></td></tr></tfoot></table></section>`;
  const clusters = `<section class="clusters"><h2>Statements carried by several outlets</h2>${report.clusters.length ? `<table class="grid"><thead><tr><th scope="col">Statement</th><th scope="col">First appearance</th><th scope="col">Carried by</th><th scope="col">Verdicts</th></tr></thead><tbody>${report.clusters.map((c) => `<tr><td><q>${e(c.statement)}</q></td><td>${c.firstAppearance ? e(articleRefText(c.firstAppearance, options)) : "—"}</td><td>${c.appearances.map((a) => e(a.outlet ?? a.title)).join(", ")}</td><td>${c.verdicts.map(verdictBadge).join(" ") || "not rated"} <strong class="${c.agree ? "agree" : "disagree"}">${c.agree ? "agree" : "disagree"}</strong></td></tr>`).join("")}</tbody></table>` : '<p class="muted">No statement of this session appears in more than one of its articles.</p>'}</section>`;
  const agreement = report.agreement ? `<section class="agreement"><h2>Agreement between checkers</h2><dl class="meta">${report.agreement.map((a) => `<div><dt>${e(a.label)}</dt><dd>${e(a.value)}</dd></div>`).join("")}</dl></section>` : "";
  return `${cover}${table}${clusters}${agreement}`;
}
