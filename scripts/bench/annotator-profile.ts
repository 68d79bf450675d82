/**
 * Where the annotator's open time goes: sets up the annotator bench's world,
 * opens the article once untimed, then once under a Chrome trace, and prints
 * the renderer main thread's time by activity (script, style, layout, GC…),
 * the hottest JS functions (self and total, with a snippet of the minified
 * source to recognise them) and the server-side data loading times.
 *
 *   npx tsx --conditions=react-server scripts/bench/annotator-profile.ts [--keep-trace]
 *
 * --keep-trace writes the raw trace to .data/annotator-trace.json (open it in
 * Chrome DevTools' Performance panel).
 */
import "../lib/load-env";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "../lib/database";
import { launchBrowser, measureAppOpen, signIn } from "./annotator-browser";
import { printTraceSummary, TRACE_CATEGORIES } from "./trace-summary";
import { buildBench, createBenchDatabase, seedBench, startApp, selectBenchDistDir } from "./annotator-setup";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIST = selectBenchDistDir();

async function main() {
  if (!buildBench()) throw new Error("next build failed");
  const db = await createBenchDatabase();
  try {
    const seeded = await seedBench(db.url);
    console.log(`seeded (${seeded.importNote})`);

    // Server side: the page's data loading alone, in this process, against the same database.
    const { getArticle } = await import("../../lib/server/articles/get-article");
    const { listClaims } = await import("../../lib/server/claims/list-claims");
    const actor = seeded.editor;
    for (let i = 0; i < 3; i++) {
      let t = performance.now();
      await getArticle(actor, seeded.articleId);
      const article = performance.now() - t;
      t = performance.now();
      const claims = await listClaims(actor, seeded.articleId);
      const list = performance.now() - t;
      t = performance.now();
      const rsc = JSON.stringify(claims).length;
      console.log(`server data (run ${i + 1}): getArticle ${article.toFixed(0)} ms, listClaims ${list.toFixed(0)} ms (${(rsc / 1e6).toFixed(2)} MB of claim JSON)`);
    }

    const app = await startApp(db.url, await freePort());
    const browser = await launchBrowser();
    try {
      const state = await signIn(browser, app.baseUrl, seeded.editor);
      const url = `${app.baseUrl}/articles/${seeded.articleId}`;
      const ids = seeded.claims.map((c) => c.id);
      const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        const res = await fetch(url, { headers: { Cookie: cookie } });
        const first = performance.now() - t;
        const html = await res.text();
        console.log(`server render (node fetch ${i + 1}): first byte ${first.toFixed(0)} ms, whole ${(performance.now() - t).toFixed(0)} ms, ${(html.length / 1e6).toFixed(2)} MB HTML, of which inline RSC payload ${(((html.match(/self\.__next_f\.push\(\[1,"(?:[^"\\]|\\.)*"\]\)/g) ?? []).join("").length) / 1e6).toFixed(2)} MB`);
      }
      await measureAppOpen(browser, state, url, ids);
      let trace: Buffer | undefined;
      const result = await measureAppOpen(browser, state, url, ids, {
        beforeGoto: async (page) => {
          await browser.startTracing(page, {
            categories: TRACE_CATEGORIES,
          });
        },
        afterDone: async () => {
          trace = await browser.stopTracing();
        },
      });
      console.log(`\ntraced open: toolbar at ${result.ms.toFixed(0)} ms; marks ${JSON.stringify(Object.fromEntries(Object.entries(result.marks).map(([k, v]) => [k, Math.round(v as number)])))}`);
      console.log(`long tasks: ${result.longTasks.map(([s, d]) => `${d} ms @${s}`).join(", ")}`);
      if (process.argv.includes("--keep-trace")) {
        mkdirSync(path.join(ROOT, ".data"), { recursive: true });
        writeFileSync(path.join(ROOT, ".data", "annotator-trace.json"), trace!);
        console.log("trace written to .data/annotator-trace.json");
      }
      console.log("\nrenderer main thread during the traced open:");
      printTraceSummary(trace!, DIST, { events: 18, self: 25, total: 30 });
    } finally {
      await browser.close();
      await app.stop();
    }
  } finally {
    await db.drop();
  }
}

try {
  await main();
} catch (error) {
  console.error((error as Error).stack ?? error);
  process.exitCode = 1;
}
process.exit(process.exitCode ?? 0);
