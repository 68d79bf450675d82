// Bundles the import worker (lib/import/import-worker.ts) into one ES module
// Node can load in a worker thread: the app's TypeScript and `@/` paths are
// compiled in, npm packages stay imports resolved from node_modules.
// Run by next.config.mjs (`next build`, `next dev`, and `next start` when it
// is missing) and by the vitest global setups.
import { buildSync } from "esbuild";
import { existsSync } from "node:fs";
import path from "node:path";

/** Where the bundle lands, relative to the project root (IMPORT_WORKER_FILE overrides it at run time). */
export const IMPORT_WORKER_BUNDLE = ".import-worker/import-worker.mjs";

/** Builds the bundle; with `{ ifMissing: true }` only when there is none yet. Returns its path. */
export function buildImportWorker({ root = process.cwd(), ifMissing = false } = {}) {
  const outfile = path.join(root, IMPORT_WORKER_BUNDLE);
  if (ifMissing && existsSync(outfile)) return outfile;
  buildSync({
    entryPoints: [path.join(root, "lib/import/import-worker.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
  return outfile;
}
