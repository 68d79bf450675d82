/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded Postgres). */
import "./lib/load-env";
import { resolveDatabase } from "./lib/database";
import { runMigrations } from "./lib/run-migrations";

const db = await resolveDatabase();
try {
  const applied = await runMigrations(db.url, (line) => console.log(line));
  console.log(applied.length ? `${applied.length} migration(s) applied.` : "Database is up to date.");
} finally {
  await db.stop();
}
