import "server-only";
import PgBoss from "pg-boss";

/** The pg-boss queue of report and export jobs, and the hourly cleanup of expired files. */
export const EXPORT_QUEUE = "crosscheck-export";
export const CLEANUP_QUEUE = "crosscheck-export-cleanup";
/** pg-boss keeps its tables in a schema of its own, beside the app's. */
const SCHEMA = "pgboss";

const state = globalThis as unknown as { crosscheckExportQueue?: Promise<PgBoss> };

/**
 * The process's pg-boss client (started on first use: it creates its schema
 * and the queues if they are missing). Every app instance uses the same
 * Postgres tables, so a job sent by one instance may run on any of them.
 */
export function exportQueue(): Promise<PgBoss> {
  state.crosscheckExportQueue ??= startQueue().catch((error) => {
    state.crosscheckExportQueue = undefined;
    throw error;
  });
  return state.crosscheckExportQueue;
}

async function startQueue(): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: the export queue needs Postgres.");
  const boss = new PgBoss({ connectionString, schema: SCHEMA, max: 3, application_name: "crosscheck-exports" });
  boss.on("error", (error) => console.error("export queue:", error));
  await boss.start();
  for (const name of [EXPORT_QUEUE, CLEANUP_QUEUE]) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, retryLimit: 1, expireInSeconds: 20 * 60 }).catch(ignoreExisting);
  }
  return boss;
}

// Two instances starting at once may both try to create a queue.
function ignoreExisting(error: unknown) {
  if (!/already exists|duplicate key/i.test(String((error as Error)?.message))) throw error;
}

/** Stops the process's queue client (tests and shutdown). */
export async function stopExportQueue() {
  const queue = state.crosscheckExportQueue;
  state.crosscheckExportQueue = undefined;
  if (queue) await (await queue).stop({ graceful: true, wait: true, timeout: 10_000 });
}
