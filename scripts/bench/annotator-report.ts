/**
 * Turns the annotator bench's measurements into a console table and the
 * "Annotator" section of docs/benchmarks.md (other sections are left alone).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { OpenResult } from "./annotator-browser";
import { median, percentile } from "./annotator-saves";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const BENCHMARKS_DOC = path.join(ROOT, "docs", "benchmarks.md");
const SECTION = "Annotator";

export const GOALS = { openMs: 2000, openVsFloor: 3, saveP95Ms: 100 } as const;

export interface AnnotatorReport {
  date: Date;
  browserVersion: string;
  database: string;
  data: { chars: number; paragraphs: number; headings: number; claims: number; shapes: Record<string, number>; verdicts: Record<string, number>; htmlBytes: number; staticBytes: number; importNote: string };
  app: OpenResult[];
  floor: OpenResult[];
  patch: number[];
  post: number[];
}

const ms = (v: number | undefined) => (v === undefined ? "–" : `${Math.round(v).toLocaleString("en-GB")} ms`);
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;
const stats = (values: number[]) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
const pass = (ok: boolean) => (ok ? "✅ met" : "❌ missed");

export function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    model: cpus[0]?.model.trim() ?? "unknown CPU",
    memGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

function medianMark(runs: OpenResult[], pick: (r: OpenResult) => number | undefined) {
  const values = runs.map(pick).filter((v): v is number => v !== undefined);
  return values.length ? median(values) : undefined;
}

/** Rows of [metric, value, goal] that both the console and the doc show. */
export function summaryRows(r: AnnotatorReport) {
  const app = stats(r.app.map((x) => x.ms));
  const floor = stats(r.floor.map((x) => x.ms));
  const ratio = app.median / floor.median;
  const patch = { p50: percentile(r.patch, 50), p95: percentile(r.patch, 95) };
  const post = { p50: percentile(r.post, 50), p95: percentile(r.post, 95) };
  return {
    app,
    floor,
    ratio,
    patch,
    post,
    rows: [
      [`Open annotator, ${r.data.claims.toLocaleString("en-GB")} claims highlighted + toolbar (median of ${r.app.length})`, ms(app.median), `< ${GOALS.openMs} ms: ${pass(app.median < GOALS.openMs)}`],
      ["  min / max", `${ms(app.min)} / ${ms(app.max)}`, ""],
      [`Static HTML floor, last highlight in DOM (median of ${r.floor.length})`, ms(floor.median), ""],
      ["  min / max", `${ms(floor.min)} / ${ms(floor.max)}`, ""],
      ["Annotator ÷ floor", `${ratio.toFixed(1)}×`, `< ${GOALS.openVsFloor}×: ${pass(ratio < GOALS.openVsFloor)}`],
      [`PATCH re-rate claim p50 / p95 (${r.patch.length} sequential)`, `${ms(patch.p50)} / ${ms(patch.p95)}`, `p95 < ${GOALS.saveP95Ms} ms: ${pass(patch.p95 < GOALS.saveP95Ms)}`],
      [`POST create claim p50 / p95 (${r.post.length} sequential)`, `${ms(post.p50)} / ${ms(post.p95)}`, `p95 < ${GOALS.saveP95Ms} ms: ${pass(post.p95 < GOALS.saveP95Ms)}`],
    ] as [string, string, string][],
  };
}

/** Where the annotator's open time goes, from the median marks of the runs. */
export function phaseRows(r: AnnotatorReport): [string, string][] {
  const m = (pick: (x: OpenResult) => number | undefined) => medianMark(r.app, pick);
  const longTotal = m((x) => x.longTasks.reduce((n, [, d]) => n + d, 0));
  const longest = m((x) => Math.max(0, ...x.longTasks.map(([, d]) => d)));
  return [
    ["First byte of the HTML (server render)", ms(m((x) => x.nav?.responseStart))],
    ["Last byte of the HTML", ms(m((x) => x.nav?.responseEnd))],
    ["First contentful paint", ms(m((x) => x.fcp ?? undefined))],
    ["DOMContentLoaded", ms(m((x) => x.nav?.domContentLoaded))],
    ["Editor text in the DOM", ms(m((x) => x.marks.editor))],
    ["All claim ids highlighted", ms(m((x) => x.marks.highlights))],
    ["Toolbar visible for a selection", ms(m((x) => x.marks.toolbar))],
    ["Long tasks before done: total / longest", `${ms(longTotal)} / ${ms(longest)}`],
  ];
}

function table(rows: string[][], header: string[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** The console summary. */
export function printSummary(r: AnnotatorReport) {
  const s = summaryRows(r);
  console.log(`\nAnnotator bench — ${r.data.chars.toLocaleString("en-GB")} characters, ${r.data.paragraphs} paragraphs, ${r.data.claims} claims\n`);
  console.log(table(s.rows, ["Metric", "Value", "Goal"]));
  console.log("\nWhere the open time goes (medians, ms since navigation start):\n");
  console.log(table(phaseRows(r), ["Phase", "At"]));
  console.log(`\nPage HTML ${mb(r.data.htmlBytes)} (decoded); static floor HTML ${mb(r.data.staticBytes)}.`);
}

function mdTable(rows: string[][], header: string[]): string {
  const esc = (c: string) => c.replace(/\|/g, "\\|").trim();
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.map(esc).join(" | ")} |`)].join("\n");
}

/** The markdown of the "Annotator" section. */
export function annotatorSection(r: AnnotatorReport, notes: string): string {
  const s = summaryRows(r);
  const mc = machine();
  const shapes = Object.entries(r.data.shapes).map(([k, v]) => `${v} ${k}`).join(", ");
  const verdicts = Object.entries(r.data.verdicts).map(([k, v]) => `${v} ${k}`).join(", ");
  return `## ${SECTION}

Measured with \`npm run bench\` on ${r.date.toISOString().slice(0, 10)} — ${mc.cores} cores (${mc.model}), ${mc.memGb} GB RAM, ${mc.os}, Node ${mc.node}, headless ${r.browserVersion}, Postgres ${r.database}. Production build (\`next build\` + \`next start\`).

**Data** (seeded, identical on every run; \`scripts/bench/annotator-data.ts\`): one article of ${r.data.chars.toLocaleString("en-GB")} characters in ${r.data.paragraphs.toLocaleString("en-GB")} paragraphs under ${r.data.headings} headings, with ${r.data.claims.toLocaleString("en-GB")} claims (${shapes}; ${verdicts}). The annotator page's HTML is ${mb(r.data.htmlBytes)}; the static floor page is ${mb(r.data.staticBytes)}. Seeding the article: ${r.data.importNote}.

**What is timed**
- *Open*: a fresh signed-in browser context navigates to \`/articles/{id}\`; done when the spans under \`[data-testid=article-text]\` carry all ${r.data.claims.toLocaleString("en-GB")} distinct \`data-claim-id\`s **and** a programmatic selection in the text has made the "Tag the selection" toolbar visible. Times are on the page's clock (0 = navigation start), one untimed warm-up run first.
- *Floor*: the same revision rendered once by \`docToHtml\` with the claims as plain \`span[data-claim-id]\`, served by a bare node http server; done when the last highlight span is in the DOM.
- *Saves*: sequential \`PATCH /api/v1/articles/{id}/claims/{claimId}\` re-rating claims with their current version, and \`POST …/claims\` tagging new sentences, from node with the editor's session cookie; 10 untimed warm-up requests each.

${mdTable(s.rows, ["Metric", "Value", "Goal"])}

Where the open time goes (median over the runs, ms since navigation start):

${mdTable(phaseRows(r), ["Phase", "At"])}

${notes.trim()}
`;
}

/** Replaces (or appends) a section ("Annotator" unless named) of docs/benchmarks.md, keeping every other section. */
export function writeBenchmarksDoc(section: string, file = BENCHMARKS_DOC, heading = SECTION) {
  const intro = "# Benchmarks\n\nRun them all with `npm run bench` (scripts/bench/run.ts). Each section is rewritten by its bench.\n";
  const current = existsSync(file) ? readFileSync(file, "utf8") : intro;
  const lines = current.split("\n");
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  let next: string;
  if (start < 0) {
    next = `${current.trimEnd()}\n\n${section.trimEnd()}\n`;
  } else {
    let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
    if (end < 0) end = lines.length;
    next = [...lines.slice(0, start), ...section.trimEnd().split("\n"), ...(end < lines.length ? ["", ...lines.slice(end)] : [])].join("\n");
    if (!next.endsWith("\n")) next += "\n";
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, next);
}
