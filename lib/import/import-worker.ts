/**
 * Entry point of the import worker threads (lib/server/core/import-pool.ts).
 * Bundled by scripts/lib/build-import-worker.mjs into .import-worker/, so
 * Node can load it without the app's TypeScript paths.
 */
import { passageRowsTask, reviewedHtmlTask, runImportTask } from "@/lib/import/import-task";

export default runImportTask;
export { passageRowsTask, reviewedHtmlTask };
