/** `npm run db:migrate`: applies pending migrations as the owner and sets up the app's role (DATABASE_URL, or the embedded Postgres). */
import "./lib/load-env";
import { resolveDatabase } from "./lib/database";
import { ensureAuthSecret } from "./lib/ensure-secret";
import { runMigrations } from "./lib/run-migrations";

ensureAuthSecret();
const db = await resolveDatabase();
try {
  const applied = await runMigrations(db.url, (line) => console.log(line), db.appUrl);
  console.log(applied.length ? `${applied.length} migration(s) applied.` : "Database is up to date.");
} finally {
  await db.stop();
}
