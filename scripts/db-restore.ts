/**
 * `npm run db:restore FILE [-- --database NAME]`: restores a backup of
 * `npm run db:backup` into an empty database: the one in use (DATABASE_URL,
 * or the embedded Postgres), or NAME on the same server, created if missing.
 * Refuses a database that already has tables.
 */
import pg from "pg";
import "./lib/load-env";
import { restoreDatabase } from "./lib/backup";
import { resolveDatabase } from "./lib/database";
import { ensureAuthSecret } from "./lib/ensure-secret";
import { appDatabaseUrl, derivedAppPassword } from "./lib/app-role";

const [file, flag, name] = process.argv.slice(2);
if (!file || (flag && (flag !== "--database" || !name))) {
  console.error("Usage: npm run db:restore FILE [-- --database NAME]");
  process.exit(2);
}
const secret = ensureAuthSecret();
const db = await resolveDatabase();
try {
  let ownerUrl = db.url;
  let appUrl = db.appUrl;
  if (name) {
    const url = new URL(db.url);
    url.pathname = `/${name}`;
    ownerUrl = url.toString();
    appUrl = appDatabaseUrl(ownerUrl, process.env.DATABASE_APP_PASSWORD || derivedAppPassword(secret));
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!exists.rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    await admin.end();
  }
  await restoreDatabase(ownerUrl, file, appUrl, (line) => console.log(line));
  console.log(`Restored ${file} into ${new URL(ownerUrl).pathname.slice(1)}.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.stop();
}
