/**
 * Runs once when a Next.js server starts (`npm start`, `next start`, the
 * Docker image's standalone server, `npm run dev`): starts the background
 * export worker, which takes report jobs from the pg-boss queue in Postgres
 * that every app instance shares. Node runtime only; EXPORT_WORKER=off keeps
 * an instance out of the work (it can still queue jobs).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.EXPORT_WORKER === "off" || !process.env.DATABASE_URL) return;
  const { startExportWorker } = await import("@/lib/server/exports/start-export-worker");
  startExportWorker().catch((error) => console.error("The export worker could not start; background exports will wait:", error));
}
