/** pg-boss keeps its tables in a schema of its own, beside the app's. */
export const JOB_QUEUE_SCHEMA = "pgboss";
/** Report and export jobs. */
export const EXPORT_QUEUE = "crosscheck-export";
/** The hourly cleanup of expired export files. */
export const CLEANUP_QUEUE = "crosscheck-export-cleanup";
/** Every queue, with the options it is created with (by the migration runner, as the owner). */
export const JOB_QUEUES = [
  { name: EXPORT_QUEUE, retryLimit: 1, expireInSeconds: 20 * 60 },
  { name: CLEANUP_QUEUE, retryLimit: 1, expireInSeconds: 20 * 60 },
] as const;
