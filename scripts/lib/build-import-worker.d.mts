/** Where the import worker bundle lands, relative to the project root. */
export const IMPORT_WORKER_BUNDLE: string;
/** Bundles lib/import/import-worker.ts for the import worker threads; returns the bundle's path. */
export function buildImportWorker(options?: { root?: string; ifMissing?: boolean }): string;
