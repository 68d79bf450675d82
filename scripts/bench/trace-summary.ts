/**
 * What a Chrome trace says about the renderer's main thread: time by activity
 * (script, style, layout, GC…), the trace events with the most self time and
 * the hottest JS functions (self and total, from the trace's sampled CPU
 * profile, with a snippet of the minified source to recognise them).
 * Shared by the annotator's profile and the live-apply bench's --profile.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

/** The trace categories that give the summary what it needs (timeline events and CPU samples). */
export const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "v8", "blink.user_timing", "loading", "disabled-by-default-v8.cpu_profiler"];

export interface TraceEvent {
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
function snippet(distDir: string, url: string, line: number, column: number): string {
  const match = /\/_next\/(static\/.*)$/.exec(url);
  if (!match) return "";
  const file = path.join(distDir, decodeURIComponent(match[1]).replace(/\?.*$/, ""));
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

function printFunctions(title: string, map: Map<string, number>, n: number, distDir: string) {
  console.log(`\n${title}`);
  for (const [k, ms] of topRows(map, n)) {
    const [fn, url, line, col] = k.split("\t");
    const file = url.replace(/^.*\/_next\//, "");
    const where = url ? `${file}:${Number(line) + 1}:${Number(col) + 1}` : "";
    console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${fn.padEnd(28).slice(0, 28)} ${where}${url ? `  «${snippet(distDir, url, Number(line), Number(col))}»` : ""}`);
  }
}

/** Prints the busiest renderer main thread's time by activity, its top trace events and its top JS functions. */
export function printTraceSummary(trace: Buffer, distDir: string, top: { events: number; self: number; total: number }) {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = events.filter((e) => e.ph === "M" && e.name === "thread_name" && (e.args as { name?: string })?.name === "CrRendererMain");
  const busiest = mains
    .map((m) => ({ m, busy: events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === "X").reduce((n, e) => n + (e.dur ?? 0), 0) }))
    .sort((a, b) => b.busy - a.busy)[0].m;
  const main = events.filter((e) => e.pid === busiest.pid && e.tid === busiest.tid);
  const self = selfTimes(main);
  const byCategory = new Map<string, number>();
  for (const [name, us] of self) byCategory.set(categoryOf(name), (byCategory.get(categoryOf(name)) ?? 0) + us / 1000);
  const tasks = main.filter((e) => e.ph === "X" && e.name === "RunTask").reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
  console.log(`  tasks ${tasks.toFixed(0)} ms, by activity:`);
  for (const [label, ms] of [...byCategory.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${label.padEnd(22)} ${ms.toFixed(0).padStart(6)} ms`);
  console.log("\ntop trace events by self time:");
  for (const [name, us] of topRows(self, top.events)) console.log(`  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`);
  const cpu = cpuProfile(events, busiest.pid);
  console.log(`\nJS samples: ${cpu.sampled}`);
  printFunctions("top JS functions by self time:", cpu.self, top.self, distDir);
  printFunctions("top JS functions by total time:", cpu.total, top.total, distDir);
}
