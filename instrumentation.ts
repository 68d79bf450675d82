/**
 * Runs once when a Next.js server starts (`npm start`, `next start`, the
 * Docker image's standalone server, `npm run dev`), before it handles a request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Sign-in throttling needs the socket's address, which Next does not hand to route code.
  const { stampPeerAddresses } = await import("@/lib/http/peer-address");
  stampPeerAddresses();
  // A stop (SIGTERM) ends the event streams and closes kept-alive connections, so the server exits at once.
  const { drainOnShutdown } = await import("@/lib/http/drain-on-shutdown");
  drainOnShutdown();
  // The background export worker takes report jobs from the pg-boss queue in Postgres that
  // every app instance shares. EXPORT_WORKER=off keeps an instance out of the work (it can still queue jobs).
  if (process.env.EXPORT_WORKER === "off" || !process.env.DATABASE_URL) return;
  const { startExportWorker } = await import("@/lib/server/exports/start-export-worker");
  startExportWorker().catch((error) => console.error("The export worker could not start; background exports will wait:", error));
}
