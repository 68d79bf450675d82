/**
 * `npm run bench`: runs every benchmark as its own `npx tsx <file>` process,
 * one after the other. A bench whose file does not exist yet is skipped; one
 * that fails does not stop the others. Exits non-zero when any bench failed.
 *
 * Add a bench by adding a step below. Each bench prints its own summary and
 * rewrites its own section of docs/benchmarks.md.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { buildImportWorker } from "../lib/build-import-worker.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");

interface Step {
  label: string;
  file: string;
}

const STEPS: Step[] = [
  { label: "import time against size (1 KB … 5 MB, with and without line breaks; freeze inputs)", file: "scripts/bench/import-bench.ts" },
  { label: "annotator (open 1 MB article with 2,000 claims; claim saves)", file: "scripts/bench/annotator-bench.ts" },
  { label: "suggestion speed", file: "scripts/bench/suggestion-speed.ts" },
  { label: "suggestion quality", file: "scripts/bench/suggestion-quality.ts" },
  { label: "exports (session of 100 articles, 3,000 claims: HTML, PDF, W3C out and in)", file: "scripts/bench/exports-bench.ts" },
  { label: "live updates (two instances: propagation, 50 streams under 10 changes/s)", file: "scripts/bench/live-bench.ts" },
  { label: "live updates in the browser (a re-rating on instance A painted in a browser on instance B)", file: "scripts/bench/live-browser-bench.ts" },
  { label: "live apply (one re-rating in the annotator with 2,000 claims)", file: "scripts/bench/live-apply-bench.ts" },
];

// Imports run in worker threads that load this bundle: rebuilt so the benches run the current code.
buildImportWorker({ root: ROOT });

type Outcome = { step: Step; status: "passed" | "failed" | "skipped"; seconds: number; detail?: string };
const outcomes: Outcome[] = [];

for (const step of STEPS) {
  if (!existsSync(path.join(ROOT, step.file))) {
    outcomes.push({ step, status: "skipped", seconds: 0, detail: "file not present" });
    continue;
  }
  console.log(`\n▶ bench: ${step.label} (${step.file})`);
  const started = Date.now();
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", step.file], { cwd: ROOT, stdio: "inherit", env: process.env });
  const seconds = (Date.now() - started) / 1000;
  const failed = result.status !== 0;
  outcomes.push({
    step,
    status: failed ? "failed" : "passed",
    seconds,
    detail: failed ? (result.error?.message ?? (result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`)) : undefined,
  });
}

console.log("\nBenchmarks:");
for (const o of outcomes) {
  const mark = o.status === "passed" ? "✓" : o.status === "failed" ? "✗" : "–";
  const time = o.status === "skipped" ? "" : ` in ${o.seconds.toFixed(0)} s`;
  console.log(`  ${mark} ${o.step.label}: ${o.status}${time}${o.detail ? ` (${o.detail})` : ""}`);
}
const failed = outcomes.filter((o) => o.status === "failed");
if (failed.length > 0) console.log(`\n${failed.length} bench(es) failed: ${failed.map((o) => o.step.file).join(", ")}`);
process.exit(failed.length > 0 ? 1 : 0);
