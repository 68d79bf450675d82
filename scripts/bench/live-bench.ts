/**
 * Live updates across app instances (issue 8). Two `next start` instances on
 * one database; writers re-rate claims through instance A's API; raw SSE
 * clients (GET /api/v1/events, Bearer token) read instance B's stream.
 *
 * - Propagation: 200 sequential re-ratings on A, one client on B; each from
 *   the moment the PATCH is sent to the moment B's client has the event.
 * - Load: 50 clients on B while 5 writers make 10 changes/s for 60 s; the
 *   propagation of every event to every client, and B's resident memory per
 *   connection (process group RSS with 50 open streams minus before, / 50).
 *
 * The browser side (click → highlight restyled) adds the annotator's apply
 * time, measured separately (docs/benchmarks.md, Live updates).
 */
import os from "node:os";
import { execFileSync } from "node:child_process";
import { machine, writeBenchmarksDoc } from "./annotator-report";
import { buildBench, createBenchDatabase, selectBenchDistDir, startApp, type AppServer } from "./annotator-setup";

const SEQUENTIAL = Number(process.env.LIVE_BENCH_CHANGES ?? 200);
const CLIENTS = Number(process.env.LIVE_BENCH_CLIENTS ?? 50);
const WRITERS = 5;
const RATE = 10; // changes per second, all writers together
const SECONDS = Number(process.env.LIVE_BENCH_SECONDS ?? 60);
const VERDICTS = ["VERIFIED", "DISPUTED", "SOURCED_ONLY", "PENDING"] as const;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resident memory of a process group, in bytes. */
function groupRss(pgid: number): number {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(pgid)], { encoding: "utf8" });
  return out.split("\n").filter(Boolean).reduce((sum, kb) => sum + Number(kb.trim()) * 1024, 0);
}

/** A raw SSE client: calls onEvent(name, data, at) for each event. */
async function sseClient(base: string, token: string, onEvent: (name: string, data: { claimId?: string; data?: { version?: number } }, at: number) => void) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/v1/events`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const at = performance.now();
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const name = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (name && data) onEvent(name, JSON.parse(data), at);
        }
      }
    } catch {
      // aborted
    }
  })();
  return () => controller.abort();
}

async function main() {
  selectBenchDistDir();
  if (!buildBench()) throw new Error("next build failed");
  const db = await createBenchDatabase();
  const servers: AppServer[] = [];
  try {
    process.env.DATABASE_URL = db.url;
    const { makeTeam } = await import("../../lib/factories/make-team");
    const { makeArticle } = await import("../../lib/factories/make-article");
    const { insertClaims } = await import("../../lib/factories/insert-claims");
    const { createApiToken } = await import("../../lib/server/auth/create-api-token");
    const team = await makeTeam("Live bench");
    const sentences = Array.from({ length: 60 }, (_, i) => `Sentence ${i} says the ferry ran ${i} times in March.`);
    const article = await makeArticle(team.editor, { paragraphs: sentences });
    const ranges = sentences.map((s) => {
      const start = article.text.indexOf(s);
      return { article, start, end: start + s.length, verdict: "PENDING" as const };
    });
    const claims = (await insertClaims(team.editor, ranges)).map((c) => ({ id: c.id, version: c.version }));
    const { token: writerToken } = await createApiToken(team.editor, "live bench writer");
    const { token: readerToken } = await createApiToken(team.viewer, "live bench reader");

    // LIVE_BENCH_PORT: instance A's port (B's is the next one), for machines where 3291 is taken.
    const port = Number(process.env.LIVE_BENCH_PORT ?? 3291);
    const [a, b] = [await startApp(db.url, port), await startApp(db.url, port + 1)];
    servers.push(a, b);
    const rerate = async (claim: { id: string; version: number }, n: number) => {
      const response = await fetch(`${a.baseUrl}/api/v1/articles/${article.id}/claims/${claim.id}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${writerToken}`, "content-type": "application/json" },
        body: JSON.stringify({ version: claim.version, verdict: VERDICTS[n % VERDICTS.length] }),
      });
      if (!response.ok) throw new Error(`PATCH ${response.status}: ${await response.text()}`);
      claim.version = ((await response.json()) as { version: number }).version;
    };

    // Propagation, sequential.
    const sentAt = new Map<string, number>();
    const seen = new Map<string, number>();
    const stopOne = await sseClient(b.baseUrl, readerToken, (name, data, at) => {
      if (name === "claim.updated") seen.set(`${data.claimId}:${data.data?.version}`, at);
    });
    await sleep(500);
    for (let i = 0; i < 10; i++) await rerate(claims[i % claims.length], i); // warm-up
    const sequential: number[] = [];
    for (let i = 0; i < SEQUENTIAL; i++) {
      const claim = claims[i % claims.length];
      const key = `${claim.id}:${claim.version + 1}`;
      const start = performance.now();
      sentAt.set(key, start);
      await rerate(claim, i + 1);
      const deadline = Date.now() + 5_000;
      while (!seen.has(key) && Date.now() < deadline) await sleep(1);
      if (!seen.has(key)) throw new Error(`event ${key} never reached instance B`);
      sequential.push(seen.get(key)! - start);
    }
    stopOne();

    // Load: 50 clients on B, 5 writers at 10 changes/s for a minute.
    await sleep(1000);
    const rssBefore = groupRss(b.pid);
    const arrivals: Map<string, number>[] = [];
    const stops: (() => void)[] = [];
    for (let c = 0; c < CLIENTS; c++) {
      const got = new Map<string, number>();
      arrivals.push(got);
      stops.push(await sseClient(b.baseUrl, readerToken, (name, data, at) => {
        if (name === "claim.updated") got.set(`${data.claimId}:${data.data?.version}`, at);
      }));
    }
    await sleep(3000);
    const rssWith = groupRss(b.pid);
    const loadSent = new Map<string, number>();
    const perWriter = claims.length / WRITERS;
    const interval = (1000 * WRITERS) / RATE;
    const ends = Date.now() + SECONDS * 1000;
    let failures = 0;
    await Promise.all(Array.from({ length: WRITERS }, async (_, w) => {
      let n = 0;
      while (Date.now() < ends) {
        const tick = performance.now();
        const claim = claims[w * perWriter + (n % perWriter)];
        loadSent.set(`${claim.id}:${claim.version + 1}`, tick);
        await rerate(claim, n++).catch(() => failures++);
        await sleep(Math.max(0, interval - (performance.now() - tick)));
      }
    }));
    await sleep(2000);
    const load: number[] = [];
    let missing = 0;
    for (const got of arrivals) {
      for (const [key, start] of loadSent) {
        const at = got.get(key);
        if (at === undefined) missing++;
        else load.push(at - start);
      }
    }
    const rssAfter = groupRss(b.pid);
    for (const stop of stops) stop();

    const m = machine();
    const r = (v: number) => `${Math.round(v)} ms`;
    const perConnection = (rssWith - rssBefore) / CLIENTS;
    const rows: [string, string, string][] = [
      [`Propagation A → B, p50 / p95 (${SEQUENTIAL} sequential re-ratings)`, `${r(percentile(sequential, 50))} / ${r(percentile(sequential, 95))}`, `p95 < 250 ms: ${percentile(sequential, 95) < 250 ? "✅ met" : "❌ missed"}`],
      [`Under load: ${CLIENTS} clients on B, ${WRITERS} writers on A at ${RATE}/s for ${SECONDS} s, p50 / p95`, `${r(percentile(load, 50))} / ${r(percentile(load, 95))}`, `p95 < 500 ms: ${percentile(load, 95) < 500 ? "✅ met" : "❌ missed"}`],
      ["Changes made / deliveries measured / missed", `${loadSent.size} / ${load.length.toLocaleString("en-GB")} / ${missing}${failures ? ` (${failures} writes failed)` : ""}`, "0 missed"],
      ["Instance B memory: before / with the clients / after the minute", `${(rssBefore / 2 ** 20).toFixed(0)} MB / ${(rssWith / 2 ** 20).toFixed(0)} MB / ${(rssAfter / 2 ** 20).toFixed(0)} MB`, ""],
      ["Memory per connection (RSS with − before) / clients", `${(perConnection / 1024).toFixed(0)} KB`, ""],
    ];
    const section = `## Live updates

Measured with \`npx tsx --conditions=react-server scripts/bench/live-bench.ts\` (part of \`npm run bench\`) on ${new Date().toISOString().slice(0, 10)} — ${m.cores} cores (${m.model}), ${m.memGb} GB RAM, ${m.os}, Node ${m.node}. Two production instances (\`next start\`) on one Postgres; writers call instance A's API (\`PATCH …/claims/{id}\`, Bearer token), raw SSE clients read \`GET /api/v1/events\` on instance B. Each time runs from sending the PATCH to B's client holding the \`claim.updated\` event (commit → NOTIFY → B's LISTEN connection → B's streams). Other work on the machine while this runs makes the figures an upper bound (load average at the start: ${os.loadavg()[0].toFixed(1)}).

| Metric | Value | Goal |
| --- | --- | --- |
${rows.map((row) => `| ${row.join(" | ")} |`).join("\n")}

Fan-out costs O(1) database work per event per instance: the hub reads each announced event once, with its
actor's name and its claim's blind layer, and encodes its frame once; each stream decides visibility in memory
(\`canSeeLayer\`) and enqueues the shared frame. An earlier version asked Postgres per event *per stream*
(p95 692 ms under this load); \`tests/integration/live-fan-out.test.ts\` counts the reads: the same for one stream as for ten.
`;
    console.log(section);
    writeBenchmarksDoc(section, undefined, "Live updates");
  } finally {
    for (const server of servers) await server.stop();
    await db.drop();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
