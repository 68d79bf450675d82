/**
 * Applying one re-rating in the annotator of a 1 MB article with 2,000 claims
 * (issue 8: under 16 ms of main-thread time). Local: Alt+2 / Alt+1 on the
 * open claim. Remote: the claim is re-rated through the API (someone else);
 * the open annotator gets the live event, reads the claim and restyles it.
 * Main-thread time is Chrome's own TaskDuration (CDP Performance metrics),
 * from the change until the span shows the new verdict and the page is idle
 * again, so it includes React, ProseMirror, style and layout, and for the
 * remote case the event and the claim's fetch.
 */
import { machine, writeBenchmarksDoc } from "./annotator-report";
import { launchBrowser, signIn, VIEWPORT } from "./annotator-browser";
import { buildBench, createBenchDatabase, seedBench, selectBenchDistDir, startApp, type AppServer } from "./annotator-setup";

const ROUNDS = Number(process.env.LIVE_APPLY_ROUNDS ?? 20);
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  selectBenchDistDir();
  if (!buildBench()) throw new Error("next build failed");
  const db = await createBenchDatabase();
  let app: AppServer | undefined;
  const browser = await launchBrowser();
  try {
    const seeded = await seedBench(db.url);
    const { createApiToken } = await import("../../lib/server/auth/create-api-token");
    const { token } = await createApiToken(seeded.editor, "live apply bench");
    app = await startApp(db.url, 3294);
    const state = await signIn(browser, app.baseUrl, seeded.editor);
    const context = await browser.newContext({ baseURL: app.baseUrl, viewport: VIEWPORT, storageState: state });
    const page = await context.newPage();
    await page.goto(`/articles/${seeded.articleId}`);
    const last = seeded.claims.at(-1)!;
    await page.locator(`[data-claim-id="${last.id}"]`).first().waitFor({ timeout: 120_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const busy = async () => {
      const { metrics } = await cdp.send("Performance.getMetrics");
      return (metrics.find((m) => m.name === "TaskDuration")?.value ?? 0) * 1000;
    };
    const idle = () => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
    const verdictOf = (id: string) => page.locator(`[data-claim-id="${id}"]`).first().getAttribute("data-verdict");
    const waitVerdict = (id: string, verdict: string) => page.waitForFunction(([i, v]) => document.querySelector(`[data-claim-id="${i}"]`)?.getAttribute("data-verdict") === v, [id, verdict] as const);

    // Local: open a claim, re-rate it by keyboard.
    const local: number[] = [];
    const mine = seeded.claims[Math.floor(seeded.claims.length / 2)];
    await page.locator(`[data-testid=claim-item][data-claim="${mine.id}"]`).click().catch(async () => {
      await page.locator(`[data-claim-id="${mine.id}"]`).first().click();
    });
    await page.getByTestId("claim-detail").waitFor();
    await sleep(2000);
    for (let i = 0; i < ROUNDS + 2; i++) {
      const target = (await verdictOf(mine.id)) === "DISPUTED" ? "VERIFIED" : "DISPUTED";
      await idle();
      const before = await busy();
      await page.keyboard.press(target === "DISPUTED" ? "Alt+2" : "Alt+1");
      await waitVerdict(mine.id, target);
      await idle();
      if (i >= 2) local.push((await busy()) - before);
      await page.getByTestId("save-status").filter({ hasText: "Saved" }).waitFor();
    }

    // Remote: someone else re-rates other claims through the API.
    const remote: number[] = [];
    for (let i = 0; i < ROUNDS + 2; i++) {
      const claim = seeded.claims[(i * 97) % seeded.claims.length];
      if (claim.id === mine.id) continue;
      const current = await (await fetch(`${app.baseUrl}/api/v1/articles/${seeded.articleId}/claims/${claim.id}`, { headers: { authorization: `Bearer ${token}` } })).json() as { version: number; verdict: string };
      const target = current.verdict === "DISPUTED" ? "VERIFIED" : "DISPUTED";
      await idle();
      const before = await busy();
      const response = await fetch(`${app.baseUrl}/api/v1/articles/${seeded.articleId}/claims/${claim.id}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ version: current.version, verdict: target }),
      });
      if (!response.ok) throw new Error(`PATCH ${response.status}`);
      await waitVerdict(claim.id, target);
      await idle();
      if (i >= 2) remote.push((await busy()) - before);
    }

    const m = machine();
    const r = (v: number) => `${v.toFixed(1)} ms`;
    const ok = (v: number) => (v < 16 ? "✅ met" : "❌ missed");
    const section = `## Live apply (annotator, 2,000 claims)

Measured with \`npx tsx --conditions=react-server scripts/bench/live-apply-bench.ts\` on ${new Date().toISOString().slice(0, 10)} — ${m.cores} cores (${m.model}), ${m.memGb} GB RAM, ${m.os}, Node ${m.node}, headless Chromium, production build. The annotator bench's article (1 MB, 2,000 claims). Main-thread time is Chrome's TaskDuration (CDP Performance metrics) from the change until the claim's span shows the new verdict and two frames have passed: React, ProseMirror, style recalculation and layout; for a remote change also the live event and the claim's GET. ${ROUNDS} changes each after 2 warm-ups; the machine was shared with other work.

| Metric | p50 | p95 | Goal (< 16 ms) |
| --- | --- | --- | --- |
| Local re-rating (Alt+2 / Alt+1 on the open claim) | ${r(percentile(local, 50))} | ${r(percentile(local, 95))} | ${ok(percentile(local, 50))} (p50) |
| Remote re-rating (someone else, through the API, arriving live) | ${r(percentile(remote, 50))} | ${r(percentile(remote, 95))} | ${ok(percentile(remote, 50))} (p50) |

Before issue 8 one re-rating rewrote a stylesheet holding every claim's selector, and the browser re-matched all 2,000 highlight spans: 100–145 ms. Now each span carries \`data-verdict\` (a mark view fed by \`ClaimVerdictIndex\`), four static rules style them, and a re-rating changes one attribute on that claim's spans. What the figures still hold is render work around it: a local re-rating re-renders the annotator for the optimistic change, the "saving" status, the server's answer and "saved", and writes the IndexedDB outbox twice; a remote one renders once after the event and the claim's GET. A CPU profile of local re-ratings (CDP Profiler) shows React, TipTap's transaction dispatch and DOM node removal at the top, not style recalculation: cutting those renders is the next step toward 16 ms.
`;
    console.log(section);
    writeBenchmarksDoc(section, undefined, "Live apply (annotator, 2,000 claims)");
  } finally {
    await browser.close();
    await app?.stop();
    await db.drop();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
