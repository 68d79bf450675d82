import "server-only";
import PgBoss from "pg-boss";

import { CLEANUP_QUEUE, EXPORT_QUEUE, JOB_QUEUE_SCHEMA, JOB_QUEUES } from "@/lib/domain/exports/job-queues";

export { CLEANUP_QUEUE, EXPORT_QUEUE };

const state = globalThis as unknown as { crosscheckExportQueue?: Promise<PgBoss> };

/**
 * The process's pg-boss client, started on first use. Its schema and queues
 * are installed by the migration runner as the owner (scripts/lib/install-job-queue.ts):
 * the app's role only reads and writes rows. Every app instance uses the same
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
  const boss = new PgBoss({ connectionString, schema: JOB_QUEUE_SCHEMA, migrate: false, max: 3, application_name: "crosscheck-exports" });
  boss.on("error", (error) => console.error("export queue:", error));
  await boss.start();
  for (const { name } of JOB_QUEUES) {
    if (!(await boss.getQueue(name))) {
      await boss.stop({ graceful: false });
      throw new Error(`The job queue ${name} is not installed: run \`npm run db:migrate\` (or restart with \`npm start\`).`);
    }
  }
  return boss;
}

/** Stops the process's queue client (tests and shutdown). */
export async function stopExportQueue() {
  const queue = state.crosscheckExportQueue;
  state.crosscheckExportQueue = undefined;
  if (queue) await (await queue).stop({ graceful: true, wait: true, timeout: 10_000 });
}
