import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { JSONContent } from "@tiptap/core";
import { Piscina } from "piscina";
import { AppError } from "@/lib/domain/errors";
import type { RevisionToIndex } from "@/lib/domain/passages/passage-rows";
import type { ImportInput } from "@/lib/import/prepare-import";
import type { ImportTaskResult } from "@/lib/import/import-task";

/** Built by scripts/lib/build-import-worker.mjs (next build, next dev, the test setups). */
const DEFAULT_BUNDLE = ".import-worker/import-worker.mjs";

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/** Limits of one import task: IMPORT_TIME_LIMIT_MS (30 s), IMPORT_MEMORY_LIMIT_MB (512), IMPORT_WORKERS (2). */
export function importLimits(env: NodeJS.ProcessEnv = process.env) {
  return {
    timeMs: positive(env.IMPORT_TIME_LIMIT_MS, 30_000),
    memoryMb: positive(env.IMPORT_MEMORY_LIMIT_MB, 512),
    workers: Math.floor(positive(env.IMPORT_WORKERS, 2)),
  };
}

function workerFile(): string {
  const file = path.resolve(process.env.IMPORT_WORKER_FILE ?? DEFAULT_BUNDLE);
  if (!existsSync(file)) {
    throw new Error(`The import worker ${file} is missing: run \`next build\` (or \`node -e "import('./scripts/lib/build-import-worker.mjs').then(m => m.buildImportWorker())"\`).`);
  }
  return pathToFileURL(file).href;
}

// One pool per process, kept across dev reloads.
const holder = globalThis as typeof globalThis & { crosscheckImportPool?: Piscina };

function pool(): Piscina {
  if (!holder.crosscheckImportPool) {
    const limits = importLimits();
    holder.crosscheckImportPool = new Piscina({
      filename: workerFile(),
      minThreads: 0,
      maxThreads: limits.workers,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 64 },
    });
  }
  return holder.crosscheckImportPool;
}

function sourceName(input: ImportInput): string {
  if (input.kind === "file") return `“${String(input.fileName)}”`;
  if (input.kind === "url") return String(input.url);
  return input.kind === "markdown" ? "the Markdown" : input.kind === "html" ? "the pasted HTML" : "the pasted text";
}

/**
 * Runs the import work (reading, extraction, sanitising, the document) in a
 * worker thread with a time and a memory limit, so one huge or hostile file
 * fails alone with a clear message instead of freezing every other request.
 * @throws AppError as the import would, or PAYLOAD_TOO_LARGE when a limit is hit.
 */
export async function runImportInWorker(input: ImportInput) {
  const result = await runTask<ImportTaskResult>("default", input, sourceName(input));
  return { preview: result.preview, doc: result.doc };
}

/** Sanitises a reviewed import's HTML and makes it a document, in the worker pool with the same limits. */
export async function reviewedHtmlToDocInWorker(html: string) {
  return (await runTask<ImportTaskResult<{ doc: JSONContent }>>("reviewedHtmlTask", html, "the reviewed article")).doc;
}

/** A revision's passage rows as JSON, split into sentences in the worker pool (for long texts). */
export async function passageRowsInWorker(revision: RevisionToIndex): Promise<string> {
  return (await runTask<ImportTaskResult<{ json: string }>>("passageRowsTask", revision, "the article's sentences")).json;
}

async function runTask<R extends ImportTaskResult<object>>(name: string, arg: unknown, label: string): Promise<Extract<R, { ok: true }>> {
  const limits = importLimits();
  const signal = AbortSignal.timeout(limits.timeMs);
  let result: R;
  try {
    result = await pool().run(arg, { name, signal });
  } catch (error) {
    if (signal.aborted) {
      throw new AppError("PAYLOAD_TOO_LARGE", `Reading ${label} took longer than ${limits.timeMs >= 1000 ? `${Math.round(limits.timeMs / 1000)} s` : `${limits.timeMs} ms`}, so it was stopped. Split the article into smaller parts or paste its text.`);
    }
    if ((error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY") {
      throw new AppError("PAYLOAD_TOO_LARGE", `Reading ${label} needed more than ${limits.memoryMb} MB of memory, so it was stopped. Split the article into smaller parts or paste its text.`);
    }
    throw error;
  }
  if (!result.ok) throw new AppError(result.code, result.message, result.details);
  return result as Extract<R, { ok: true }>;
}
