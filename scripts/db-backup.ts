/**
 * `npm run db:backup [FILE]`: a consistent backup of the database in use
 * (DATABASE_URL / MIGRATION_DATABASE_URL, or the embedded Postgres, running or
 * not) to FILE, by default backups/crosscheck-<time>.backup.gz.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import "./lib/load-env";
import { backupDatabase } from "./lib/backup";
import { resolveDatabase } from "./lib/database";

const stamp = new Date().toISOString().replace(/[:.]/g, "-").replace(/-\d+Z$/, "Z");
const file = path.resolve(process.argv[2] ?? `backups/crosscheck-${stamp}.backup.gz`);
mkdirSync(path.dirname(file), { recursive: true });
const db = await resolveDatabase();
try {
  const header = await backupDatabase(db.url, file);
  const rows = header.tables.reduce((n, t) => n + t.rows, 0);
  console.log(`Backed up ${rows} rows in ${header.tables.length} tables (schema at ${header.migrations.at(-1)}) to ${file}`);
} finally {
  await db.stop();
}
