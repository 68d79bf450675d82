/**
 * Import time against size (issue 11, section 1): pasted text of 1 KB … 5 MB,
 * with and without line breaks, plus the inputs that once froze the server.
 * Times the whole CPU side of an import as the worker runs it (extraction,
 * sanitising, metadata, the TipTap document) and the sentence split the save
 * does, in this process. Growth must be linear: the last column (ms per MB)
 * stays flat. Rewrites the "Import" section of docs/benchmarks.md
 * (BENCH_WRITE_DOCS=0 to leave it).
 */
import os from "node:os";
import { splitSentences } from "@/lib/domain/passages/split-sentences";
import { docToPlainText } from "@/lib/editor/plain-text";
import { parseDoc } from "@/lib/editor/schema";
import { docxBomb, manyParagraphsDocx, manyParagraphsHtml, textWithLineBreaks, textWithoutLineBreaks } from "@/lib/factories/freeze-inputs";
import { runImportTask } from "@/lib/import/import-task";
import type { ImportInput } from "@/lib/import/prepare-import";
import { writeBenchmarksDoc } from "./annotator-report";

const KB = 1024;
const SIZES = [1 * KB, 10 * KB, 100 * KB, 1024 * KB, 5 * 1024 * KB - KB];

async function timeImport(input: ImportInput): Promise<{ ms: number; outcome: string }> {
  const started = performance.now();
  const result = await runImportTask(input);
  if (result.ok) splitSentences(docToPlainText(parseDoc(result.doc)));
  const ms = performance.now() - started;
  return { ms, outcome: result.ok ? "imported" : `${result.code}` };
}

/** Best of `runs` (the machine is shared; the best run is the least disturbed one). */
async function best(input: () => ImportInput, runs: number) {
  let fastest = { ms: Infinity, outcome: "" };
  for (let i = 0; i < runs; i += 1) {
    const run = await timeImport(input());
    if (run.ms < fastest.ms) fastest = run;
  }
  return fastest;
}

const label = (bytes: number) => (bytes >= 1024 * KB ? `${(bytes / (1024 * KB)).toFixed(bytes % (1024 * KB) ? 2 : 0)} MB` : `${Math.round(bytes / KB)} KB`);
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString("en"));

await timeImport({ kind: "text", text: textWithLineBreaks(50 * KB) }); // warm up the modules and the JIT
const rows: string[][] = [];
for (const size of SIZES) {
  const runs = size <= 100 * KB ? 5 : size <= 1024 * KB ? 3 : 1;
  const withBreaks = await best(() => ({ kind: "text", text: textWithLineBreaks(size) }), runs);
  const without = await best(() => ({ kind: "text", text: textWithoutLineBreaks(size) }), runs);
  const mb = size / (1024 * KB);
  rows.push([label(size), fmt(withBreaks.ms), fmt(without.ms), fmt(withBreaks.ms / mb), fmt(without.ms / mb)]);
  console.log(`${label(size)}: with breaks ${fmt(withBreaks.ms)} ms, without ${fmt(without.ms)} ms`);
}

const freeze: { name: string; before: string; input: () => ImportInput }[] = [
  { name: ".docx bomb (52 KB holding 50 MB of XML)", before: "over 20 min, 2.6 GB, only `kill -9` ended it", input: () => ({ kind: "file", fileName: "bomb.docx", bytes: docxBomb() }) },
  { name: ".docx with 20,000 paragraphs", before: "48 s", input: () => ({ kind: "file", fileName: "long.docx", bytes: manyParagraphsDocx(20_000) }) },
  { name: "HTML paste with 12,000 paragraphs", before: "24.5 s", input: () => ({ kind: "html", html: manyParagraphsHtml(12_000) }) },
  { name: "1 MB of text without a line break", before: "54 s", input: () => ({ kind: "text", text: textWithoutLineBreaks(1024 * KB) }) },
  { name: "4.99 MB of text without a line break", before: "311 s, then a stack overflow", input: () => ({ kind: "text", text: textWithoutLineBreaks(5 * 1024 * KB - 10 * KB) }) },
];
const freezeRows: string[][] = [];
for (const f of freeze) {
  const run = await best(f.input, 1);
  freezeRows.push([f.name, f.before, `${fmt(run.ms)} ms`, run.outcome === "imported" ? "imported" : `refused (${run.outcome})`]);
  console.log(`${f.name}: ${fmt(run.ms)} ms, ${run.outcome}`);
}

const perMb = (row: number) => Number(rows[row][3].replace(/,/g, ""));
const perMbWithout = (row: number) => Number(rows[row][4].replace(/,/g, ""));
const table = (head: string[], body: string[][]) =>
  [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...body.map((r) => `| ${r.join(" | ")} |`)].join("\n");
const cpus = os.cpus();
const section = `## Import

\`npx tsx --conditions=react-server scripts/bench/import-bench.ts\` (part of \`npm run bench\`), on ${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}; load average ${os.loadavg()[0].toFixed(1)} when it started (the machine is shared, so absolute times vary; the shape does not).

The CPU side of one import, as an import worker runs it (reading, extraction, sanitising, metadata, the TipTap document) plus the sentence split of the save; best of 5 runs up to 100 KB, of 3 at 1 MB, one run at 5 MB. Pasted text, with a paragraph break every four sentences and with none at all:

${table(["size", "with line breaks (ms)", "without (ms)", "with: ms per MB", "without: ms per MB"], rows)}

From 1 MB to 5 MB the time per MB changes by ×${(perMb(4) / perMb(3)).toFixed(1)} with line breaks and ×${(perMbWithout(4) / perMbWithout(3)).toFixed(1)} without (1.0 is perfectly linear; a quadratic step would be ×5). Below 100 KB the fixed cost of an import dominates. One run at 5 MB on a shared machine is noisy.

The inputs that once froze the whole server (issue 11). "Before" is the issue's measurement, on the request thread of an otherwise idle server; "now" is this run, in this process on the loaded machine above (in the app it happens in a worker thread while other requests are served):

${table(["input", "before", "now", "outcome"], freezeRows)}

In the app this work runs in a pool of worker threads (\`lib/server/core/import-pool.ts\`: IMPORT_WORKERS, default 2; IMPORT_TIME_LIMIT_MS, default 30 s; IMPORT_MEMORY_LIMIT_MB, default 512), so other requests are served meanwhile: \`tests/e2e/import-freeze.spec.ts\` sends each of these inputs to the running server and checks that /api/health answers within a second throughout (its slowest answer was 464 ms at load average 19). On that loaded machine the 20,000-paragraph .docx and the 12,000-paragraph paste hit the 30 s time limit and were refused with a 413 and a message.
`;
if (process.env.BENCH_WRITE_DOCS !== "0") writeBenchmarksDoc(section, undefined, "Import");
console.log("\n" + section);
