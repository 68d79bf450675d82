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
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "../lib/database";
import { launchBrowser, measureAppOpen, signIn } from "./annotator-browser";
import { buildBench, createBenchDatabase, seedBench, startApp, selectBenchDistDir } from "./annotator-setup";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIST = selectBenchDistDir();

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

const CATEGORIES: [string, RegExp][] = [
  ["HTML parsing", /^(ParseHTML)$/],
  ["Style recalculation", /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|InvalidateLayout|StyleInvalidatorInvalidationTracking)$/],
  ["Layout", /^(Layout|UpdateLayout)$/],
  ["Paint / composite", /^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|PaintImage|RasterTask|Decode.*)$/],
  ["Garbage collection", /GC|Heap|Sweep|Scavenge|Mark/],
  ["Script compile", /^(v8\.compile|V8\.Compile.*|v8\.parseOnBackground|v8\.produceCache|v8\.deserialize|CompileScript|CompileCode|V8\.ScriptCompiler|v8\.compileModule)$/],
  ["Script", /^(EvaluateScript|FunctionCall|TimerFire|EventDispatch|RunMicrotasks|V8\.Execute|v8\.run|v8\.callFunction|v8\.evaluateModule|FireAnimationFrame|XHRReadyStateChange|ResourceReceivedData|HandlePostMessage|v8\.newInstance|V8\.RunMicrotasks)$/],
];

function categoryOf(name: string): string {
  for (const [label, re] of CATEGORIES) if (re.test(name)) return label;
  return "Other";
}

/** Self time per event name on one thread, from nested complete ('X') events. */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const sorted = events.filter((e) => e.ph === "X" && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const top = stack.pop()!;
      self.set(top.e.name, (self.get(top.e.name) ?? 0) + Math.max(0, top.e.dur! - top.child));
    }
  };
  for (const e of sorted) {
    close(e.ts);
    if (stack.length) stack[stack.length - 1].child += e.dur!;
    stack.push({ e, end: e.ts + e.dur!, child: 0 });
  }
  close(Infinity);
  return self;
}

interface CpuNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** Self and total time per function from the trace's sampled CPU profile (renderer main thread). */
function cpuProfile(events: TraceEvent[], pid: number) {
  const nodes = new Map<number, CpuNode>();
  const samples: number[] = [];
  const deltas: number[] = [];
  for (const e of events) {
    if (e.pid !== pid || (e.name !== "ProfileChunk" && e.name !== "Profile")) continue;
    const data = (e.args?.data ?? {}) as { cpuProfile?: { nodes?: CpuNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    samples.push(...(data.cpuProfile?.samples ?? []));
    deltas.push(...(data.timeDeltas ?? []));
  }
  const key = (n: CpuNode) => `${n.callFrame.functionName || "(anonymous)"}\t${n.callFrame.url}\t${n.callFrame.lineNumber}\t${n.callFrame.columnNumber}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    const dt = (deltas[i + 1] ?? 0) / 1000;
    let node = nodes.get(samples[i]);
    if (!node) continue;
    self.set(key(node), (self.get(key(node)) ?? 0) + dt);
    const seen = new Set<string>();
    while (node) {
      const k = key(node);
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + dt);
      seen.add(k);
      node = node.parent !== undefined ? nodes.get(node.parent) : undefined;
    }
  }
  return { self, total, sampled: samples.length };
}

const sources = new Map<string, string>();
/** A few characters of the minified source at a frame, to tell which library it is. */
function snippet(url: string, line: number, column: number): string {
  const match = /\/_next\/(static\/.*)$/.exec(url);
  if (!match) return "";
  const file = path.join(DIST, decodeURIComponent(match[1]).replace(/\?.*$/, ""));
  let text = sources.get(file);
  if (text === undefined) {
    try {
      text = readFileSync(file, "utf8");
    } catch {
      text = "";
    }
    sources.set(file, text);
  }
  const lines = text.split("\n");
  const at = lines[line]?.slice(Math.max(0, column - 10), column + 70) ?? "";
  return at.replace(/\s+/g, " ");
}

function topRows(map: Map<string, number>, n: number) {
  return [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

function printFunctions(title: string, map: Map<string, number>, n: number) {
  console.log(`\n${title}`);
  for (const [k, ms] of topRows(map, n)) {
    const [fn, url, line, col] = k.split("\t");
    const file = url.replace(/^.*\/_next\//, "");
    const where = url ? `${file}:${Number(line) + 1}:${Number(col) + 1}` : "";
    console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${fn.padEnd(28).slice(0, 28)} ${where}${url ? `  «${snippet(url, Number(line), Number(col))}»` : ""}`);
  }
}

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
            categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "v8", "blink.user_timing", "loading", "disabled-by-default-v8.cpu_profiler"],
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
      const events = (JSON.parse(trace!.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
      const mains = events.filter((e) => e.ph === "M" && e.name === "thread_name" && (e.args as { name?: string })?.name === "CrRendererMain");
      const busiest = mains
        .map((m) => ({ m, busy: events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === "X").reduce((n, e) => n + (e.dur ?? 0), 0) }))
        .sort((a, b) => b.busy - a.busy)[0].m;
      const main = events.filter((e) => e.pid === busiest.pid && e.tid === busiest.tid);
      const self = selfTimes(main);
      const byCategory = new Map<string, number>();
      for (const [name, us] of self) byCategory.set(categoryOf(name), (byCategory.get(categoryOf(name)) ?? 0) + us / 1000);
      const tasks = main.filter((e) => e.ph === "X" && e.name === "RunTask").reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
      console.log(`\nrenderer main thread during the traced open (tasks ${tasks.toFixed(0)} ms):`);
      for (const [label, ms] of [...byCategory.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${label.padEnd(22)} ${ms.toFixed(0).padStart(6)} ms`);
      console.log("\ntop trace events by self time:");
      for (const [name, us] of topRows(self, 18)) console.log(`  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`);
      const cpu = cpuProfile(events, busiest.pid);
      console.log(`\nJS samples: ${cpu.sampled}`);
      printFunctions("top JS functions by self time:", cpu.self, 25);
      printFunctions("top JS functions by total time:", cpu.total, 30);
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
