/**
 * Installs (or upgrades) pg-boss's schema and creates the app's queues, as the
 * database owner, when migrations run. pg-boss creates tables (a partition per
 * queue), which the app's least-privilege role may not do; the app then starts
 * pg-boss with `migrate: false` and only reads and writes rows.
 */
import PgBoss from "pg-boss";
import { JOB_QUEUE_SCHEMA, JOB_QUEUES } from "../../lib/domain/exports/job-queues";

export async function installJobQueue(ownerUrl: string, log: (line: string) => void = () => {}) {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_QUEUE_SCHEMA, max: 1, supervise: false, schedule: false });
  boss.on("error", (error) => log(`job queue: ${error.message}`));
  await boss.start();
  try {
    for (const queue of JOB_QUEUES) {
      if (await boss.getQueue(queue.name)) continue;
      await boss.createQueue(queue.name, { ...queue }).catch((error: Error) => {
        // Two runners at once (two instances, two test runs): the other one made it.
        if (!/already exists|duplicate key/i.test(error.message)) throw error;
      });
      log(`created the job queue ${queue.name}`);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
