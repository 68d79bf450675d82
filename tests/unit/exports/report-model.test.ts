import { describe, expect, it } from "vitest";
import { buildArticleReport, type ArticleReportSource } from "@/lib/domain/exports/build-article-report";
import { buildSessionReport } from "@/lib/domain/exports/build-session-report";
import { buildClaimClusters } from "@/lib/domain/exports/claim-clusters";
import { quoteContext } from "@/lib/domain/exports/quote-context";
import { escapeFormula, reportToCsv, UTF8_BOM } from "@/lib/domain/exports/report-csv";
import { reportToHtml, reportToHtmlParts } from "@/lib/domain/exports/report-html";
import { reportToMarkdown } from "@/lib/domain/exports/report-markdown";
import { blocksToMarkdown, blocksToPlainText, richTextBlocks } from "@/lib/domain/exports/rich-text";
import { richTextHtmlToDoc } from "@/lib/domain/exports/html-to-rich-text";
import { blocksToHtml } from "@/lib/domain/exports/rich-text";

const TEXT = "Intro 🚢 text. The mayor said the tunnel will open in June. 東京 agreed.\n\nSecond paragraph =cmd here.";
const at = (phrase: string) => ({ start: TEXT.indexOf(phrase), end: TEXT.indexOf(phrase) + phrase.length, exact: phrase });
const claim = (id: string, phrase: string, extra: Partial<ArticleReportSource["claims"][number]> = {}) => ({
  id, revisionId: "r1", prefix: "", suffix: "", orphaned: false, verdict: "PENDING" as const, rationale: null, claimReviewed: null, claimant: null,
  version: 1, createdById: "u1", updatedAt: new Date("2026-04-02T10:00:00Z"), evidence: [], links: [], ...at(phrase), ...extra,
});

const source: ArticleReportSource = {
  article: { id: "a1", title: "Tunnel", outlet: "Gazette", author: "Jo", url: "https://g.example/t", publishedAt: new Date("2026-04-02T08:00:00Z"), sourceUpdatedAt: null, sourceTimeZone: null, language: "en", publicationUrl: null },
  revision: { id: "r1", number: 3, sha256: "f".repeat(64), createdAt: new Date("2026-04-02T09:00:00Z"), plainText: TEXT },
  claims: [
    claim("c2", "=cmd here", { verdict: "SOURCED_ONLY", rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "+1 says the clerk" }] }] } }),
    claim("c1", "the tunnel will open in June", { verdict: "DISPUTED", evidence: [{ url: "https://e.example", quote: "July", note: null, checkedAt: new Date("2026-04-03T00:00:00Z") }] }),
    { ...claim("c3", "a sentence that was corrected away"), orphaned: true, start: 0, end: 10, prefix: "before ", suffix: " after" },
  ],
  reviews: new Map([["c1", { state: "APPROVED", reviewer: "Rita", at: "2026-04-04T09:00:00.000Z", version: 2 }]]),
  signOff: null,
  clusters: new Map(),
  names: new Map([["u1", "Ana"]]),
};

describe("the report model", () => {
  it("lists claims in reading order (orphans last), counts verdicts and reviews, and is a draft without a sign-off", () => {
    const report = buildArticleReport(source, new Date("2026-04-05T00:00:00Z"));
    expect(report.claims.map((c) => [c.number, c.id])).toEqual([[1, "c1"], [2, "c2"], [3, "c3"]]);
    expect(report.summary).toMatchObject({ total: 3, verdicts: { PENDING: 1, VERIFIED: 0, DISPUTED: 1, SOURCED_ONLY: 1 }, reviews: { APPROVED: 1, NOT_REVIEWED: 2 }, signOff: null });
    expect(report.draft).toBe(true);
    expect(report.claims[2].review.state).toBe("NOT_REVIEWED");
    expect(buildArticleReport({ ...source, signOff: { by: "Rita", at: "2026-04-05T00:00:00.000Z", superseded: false } }, new Date()).draft).toBe(false);
    expect(buildArticleReport({ ...source, signOff: { by: "Rita", at: "2026-04-05T00:00:00.000Z", superseded: true } }, new Date()).draft).toBe(true);
  });

  it("gives a quote a little context within its paragraph, cut at words; an orphan keeps its stored context", () => {
    const report = buildArticleReport(source, new Date());
    expect(report.claims[0].quote).toEqual({ before: "Intro 🚢 text. The mayor said ", exact: "the tunnel will open in June", after: ". 東京 agreed." });
    expect(report.claims[2].quote).toEqual({ before: "before ", exact: "a sentence that was corrected away", after: " after" });
    const long = `${"word ".repeat(40)}QUOTE${" tail".repeat(40)}`;
    const ctx = quoteContext(long, { start: long.indexOf("QUOTE"), end: long.indexOf("QUOTE") + 5, exact: "QUOTE", prefix: "", suffix: "" });
    expect(ctx.before.startsWith("…word")).toBe(true);
    expect(ctx.after.endsWith("tail…")).toBe(true);
  });

  it("clusters claims joined by SAME_CLAIM links across articles, with the first appearance and whether verdicts agree", () => {
    const refs = new Map([
      ["a", { id: "a", title: "A", outlet: "Gazette", publishedAt: "2026-04-02T00:00:00.000Z" }],
      ["b", { id: "b", title: "B", outlet: "Ledger", publishedAt: "2026-04-01T00:00:00.000Z" }],
      ["c", { id: "c", title: "C", outlet: "Star", publishedAt: null }],
    ]);
    const clusters = buildClaimClusters(
      [
        { id: "ca", articleId: "a", revisionId: "ra", start: 0, end: 10, orphaned: false, exact: "in A", verdict: "VERIFIED" },
        { id: "cb", articleId: "b", revisionId: "rb", start: 5, end: 15, orphaned: false, exact: "in B", verdict: "DISPUTED" },
        { id: "cc", articleId: "c", revisionId: "rc", start: 0, end: 4, orphaned: false, exact: "alone", verdict: "VERIFIED" },
      ],
      [{ id: "l1", claimId: "ca", targetArticleId: "b", targetRevisionId: "rb", start: 0, end: 8, orphaned: false }],
      refs,
    );
    expect(clusters.has("cc")).toBe(false);
    expect(clusters.get("ca")).toBe(clusters.get("cb"));
    expect(clusters.get("ca")).toMatchObject({ statement: "in B", firstAppearance: { id: "b" }, verdicts: ["VERIFIED", "DISPUTED"], agree: false });
    expect(clusters.get("ca")!.appearances.map((a) => a.id)).toEqual(["b", "a"]);
  });

  it("adds a session's cover, summary and the statements two of its articles carry", () => {
    const article = buildArticleReport(source, new Date());
    const session = buildSessionReport(
      { session: { id: "s", name: "Week", brief: null, status: "OPEN", deadline: null, createdAt: new Date(), publicationUrl: null }, team: [{ name: "Ana", role: "Editor" }], assignments: new Map([["a1", { status: "IN_PROGRESS", editors: ["Ana"], reviewer: null }]]), signOff: null },
      [article],
      new Date(),
    );
    expect(session).toMatchObject({ draft: true, agreement: null, clusters: [], summary: { total: 3, articles: [{ status: "IN_PROGRESS", editors: ["Ana"], approved: 1, total: 3 }] } });
  });
});

describe("the serialisers", () => {
  const report = buildArticleReport(source, new Date("2026-04-05T00:00:00Z"));

  it("HTML: self-contained, a DRAFT mark on every page (fixed), each verdict with icon, label and its own border", () => {
    const html = reportToHtml(report, { timeZone: "UTC" });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link |src="http/);
    expect(html).toContain('<div class="draft-mark" aria-hidden="true">DRAFT</div>');
    expect(html).toContain(".draft-mark { position: fixed;");
    expect(html).toMatch(/data-verdict="DISPUTED" style="color:#b91c1c;background:#fee2e2;border:2px double #b91c1c"><svg[^>]*>.*<\/svg>Disputed<\/span>/);
    expect(html).toContain("Approved by Rita, 4 Apr 2026, 09:00 UTC, version 2");
    expect(html).toContain('counter(page) " of " counter(pages)');
    expect(reportToHtml(report, { timeZone: "UTC", printMarginBoxes: false })).not.toContain("counter(page)");
    expect(reportToHtml({ ...report, draft: false }, { timeZone: "UTC" })).not.toContain("draft-mark\"");
  });

  it("HTML for print: a session in parts of a few articles, each article once, the cover first and the generated line last; no fixed mark", () => {
    const articles = Array.from({ length: 7 }, (_, i) => ({ ...report, article: { ...report.article, id: `a${i}`, title: `Story ${i}` } }));
    const session = buildSessionReport(
      { session: { id: "s", name: "Week", brief: null, status: "OPEN", deadline: null, createdAt: new Date(), publicationUrl: null }, team: [], assignments: new Map(), signOff: null },
      articles,
      new Date("2026-04-05T00:00:00Z"),
    );
    const parts = reportToHtmlParts(session, { timeZone: "UTC" }, 3);
    expect(parts).toHaveLength(3);
    const whole = parts.join("");
    for (let i = 0; i < 7; i++) expect(whole.split(`id="article-a${i}"`)).toHaveLength(2);
    expect(parts[0]).toContain('class="cover"');
    expect(parts.slice(1).join("")).not.toContain('class="cover"');
    expect(parts.map((p) => p.includes("Generated by Crosscheck"))).toEqual([false, false, true]);
    expect(parts[0]).toContain("draft-banner");
    for (const part of parts) {
      expect(part).toMatch(/^<!doctype html>/);
      expect(part).not.toContain('<div class="draft-mark"');
      expect(part).not.toContain("counter(page)");
    }
    expect(reportToHtmlParts(report, { timeZone: "UTC" })).toHaveLength(1);
  });

  it("Markdown: escapes what the text holds, keeps the rich text", () => {
    const md = reportToMarkdown(report, { timeZone: "UTC" });
    expect(md).toContain("> Intro 🚢 text. The mayor said **the tunnel will open in June**. 東京 agreed.");
    expect(md).toContain("### Claim 2 — ❝ Sourced only");
    expect(md).toContain("- <https://e.example> — “July” (checked 3 Apr 2026)");
  });

  it("CSV: one row per claim, a BOM, and every cell a spreadsheet would run as a formula defused", () => {
    const csv = reportToCsv(report, { timeZone: "UTC" });
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const rows = csv.slice(1).trim().split("\r\n");
    expect(rows).toHaveLength(4);
    expect(csv).toContain(",'=cmd here,");
    expect(csv).toContain(",'+1 says the clerk,");
    for (const value of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(escapeFormula(value)).toBe(`'${value}`);
    expect(escapeFormula("plain = fine")).toBe("plain = fine");
  });

  it("rich text: HTML, Markdown and plain text from TipTap JSON; HTML reads back into the same document", () => {
    const doc = { type: "doc", content: [
      { type: "paragraph", content: [{ type: "text", text: "See " }, { type: "text", text: "this", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://x.example/?a=1&b=2" } }] }, { type: "hardBreak" }, { type: "text", text: "<b>not bold</b>" }] },
      { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }] }] },
      { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "quoted", marks: [{ type: "italic" }] }] }] },
      { type: "paragraph", content: [{ type: "text", text: "bad link", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] },
    ] };
    const blocks = richTextBlocks(doc);
    const html = blocksToHtml(blocks);
    expect(html).toBe('<p>See <a href="https://x.example/?a=1&amp;b=2" rel="noopener noreferrer"><strong>this</strong></a><br>&lt;b&gt;not bold&lt;/b&gt;</p><ol><li><p>one</p></li></ol><blockquote><p><em>quoted</em></p></blockquote><p>bad link</p>');
    expect(blocksToMarkdown(blocks)).toBe("See [**this**](<https://x.example/?a=1&b=2>)  \n\\<b\\>not bold\\</b\\>\n\n1. one\n\n> *quoted*\n\nbad link");
    expect(blocksToPlainText(blocks)).toBe("See this\n<b>not bold</b>\n\n1. one\n\nquoted\n\nbad link");
    expect(richTextBlocks(richTextHtmlToDoc(html))).toEqual(richTextBlocks(doc));
  });
});
