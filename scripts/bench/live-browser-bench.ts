/**
 * Propagation as people see it (issue 8): an editor re-rates a claim with the
 * keyboard (Alt+1 / Alt+2) in a browser connected to app instance A; a second
 * editor's browser, connected to instance B (same database), shows the
 * highlight in its new verdict. Timed from the key press to the first frame
 * painted with the new `data-verdict` on the claim's highlight (a
 * MutationObserver notes the change, the next animation frame is the paint),
 * both read on the machine's one clock. Each change waits for the previous
 * one to be seen, so this is latency, not throughput. Writes the "Live
 * updates in the browser" section of docs/benchmarks.md (BENCH_WRITE_DOCS=0 to leave it).
 *
 *   npx tsx --conditions=react-server scripts/bench/live-browser-bench.ts
 */
import { machine, writeBenchmarksDoc } from "./annotator-report";
import { launchBrowser, signIn, VIEWPORT } from "./annotator-browser";
import { buildBench, createBenchDatabase, selectBenchDistDir, startApp, type AppServer } from "./annotator-setup";

const CHANGES = Number(process.env.LIVE_BROWSER_CHANGES ?? 200);
const WARM_UP = 5;
const PORTS = [Number(process.env.LIVE_BROWSER_PORT ?? 3296), Number(process.env.LIVE_BROWSER_PORT ?? 3296) + 1];
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

/** An article of 40 paragraphs with a claim in each, written by the first editor. */
async function seed(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  const { makeTeam } = await import("../../lib/factories/make-team");
  const { makeMember } = await import("../../lib/factories/make-member");
  const { makeArticle } = await import("../../lib/factories/make-article");
  const { makeClaim } = await import("../../lib/factories/make-claim");
  const team = await makeTeam("Live desk");
  const other = await makeMember(team.workspaceId, "EDITOR", { name: "Bo Second" });
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}: the council said the harbour tunnel will open in June, two months late, at a cost of ${40 + i} million euros.`);
  const article = await makeArticle(team.editor, { title: "Tunnel opening", text: paragraphs.join("\n\n") });
  const claim = await makeClaim(team.editor, article, { quote: "at a cost of 60 million euros" });
  return { team, other, article, claim };
}

async function main() {
  selectBenchDistDir();
  if (!buildBench()) throw new Error("next build failed");
  const db = await createBenchDatabase();
  const apps: AppServer[] = [];
  const browser = await launchBrowser();
  try {
    const { team, other, article, claim } = await seed(db.url);
    apps.push(await startApp(db.url, PORTS[0]), await startApp(db.url, PORTS[1]));
    const open = async (app: AppServer, user: typeof other) => {
      const context = await browser.newContext({ baseURL: app.baseUrl, viewport: VIEWPORT, storageState: await signIn(browser, app.baseUrl, user) });
      const page = await context.newPage();
      await page.goto(`/articles/${article.id}`);
      await page.locator(`[data-claim-id="${claim.id}"]`).first().waitFor({ timeout: 60_000 });
      return page;
    };
    const writer = await open(apps[0], team.editor);
    const watcher = await open(apps[1], other);
    // The watcher notes when each verdict first reaches the highlight, and when that frame is painted.
    await watcher.evaluate((id) => {
      const seen: Record<string, number> = {};
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        const verdict = document.querySelector(`[data-claim-id="${id}"]`)?.getAttribute("data-verdict");
        if (verdict && !(verdict in seen)) requestAnimationFrame(() => (seen[verdict] = Date.now()));
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["data-verdict"], childList: true });
    }, claim.id);
    await writer.locator(`[data-claim-id="${claim.id}"]`).first().click();
    await writer.getByTestId("claim-detail").waitFor();

    const times: number[] = [];
    for (let i = 0; i < CHANGES + WARM_UP; i++) {
      const target = i % 2 === 0 ? "DISPUTED" : "VERIFIED";
      await watcher.evaluate(() => { for (const k of Object.keys((window as unknown as { seen: object }).seen)) delete (window as unknown as { seen: Record<string, number> }).seen[k]; });
      const pressed = Date.now();
      await writer.keyboard.press(target === "DISPUTED" ? "Alt+2" : "Alt+1");
      const shown = await watcher.waitForFunction((v) => (window as unknown as { seen: Record<string, number> }).seen[v], target, { timeout: 15_000, polling: 5 });
      if (i >= WARM_UP) times.push(Number(await shown.jsonValue()) - pressed);
      // The next change starts from a settled writer: its save answered.
      await writer.getByTestId("save-status").filter({ hasText: "Saved" }).waitFor({ timeout: 15_000 });
    }
    const p50 = percentile(times, 50);
    const p95 = percentile(times, 95);
    console.log(`propagation over ${times.length} re-ratings: p50 ${p50} ms, p95 ${p95} ms, max ${Math.max(...times)} ms`);
    const m = machine();
    const section = `## Live updates in the browser

Measured with \`npx tsx --conditions=react-server scripts/bench/live-browser-bench.ts\` (in \`npm run bench\`) on ${new Date().toISOString().slice(0, 10)}: ${m.cores} cores (${m.model}), ${m.memGb} GB RAM, Node ${process.version}, headless Chromium, production build. Two app instances on one database (ports ${PORTS.join(" and ")}); an editor's browser on the first re-rates a claim with Alt+1 / Alt+2, a second editor's browser on the second has the article open. Timed from the key press to the first frame painted with the new verdict on the watcher's highlight, on the machine's one clock; ${times.length} changes after ${WARM_UP} warm-ups, each after the previous one was seen and saved.

| Metric | p50 | p95 | max | Goal |
| --- | --- | --- | --- | --- |
| Key press on A → new style painted on B | ${p50} ms | ${p95} ms | ${Math.max(...times)} ms | p95 < 250 ms: ${p95 < 250 ? "✅ met" : "❌ missed"} (product promise 500 ms: ${p95 < 500 ? "✅" : "❌"}) |

The path: the writer's optimistic change, its PATCH to instance A, the write and its \`pg_notify\` in one transaction, instance B's LISTEN connection, its event stream to the watcher's leader tab, the claim's GET, and the restyle.
`;
    console.log(`\n${section}`);
    if (process.env.BENCH_WRITE_DOCS !== "0") writeBenchmarksDoc(section, undefined, "Live updates in the browser");
  } finally {
    await browser.close().catch(() => undefined);
    for (const app of apps) await app.stop();
    await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
