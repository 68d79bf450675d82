/**
 * What `npm start` and `npm run dev` both do before Next starts: secret,
 * database (DATABASE_URL or embedded), migrations, demo seed on an empty database.
 */
import "./load-env";
import { resolveDatabase, type DatabaseHandle } from "./database";
import { buildImportWorker } from "./build-import-worker.mjs";
import { ensureAuthSecret } from "./ensure-secret";
import { runMigrations } from "./run-migrations";

export async function prepareApp(): Promise<{ db: DatabaseHandle; env: NodeJS.ProcessEnv }> {
  const secret = ensureAuthSecret();
  const db = await resolveDatabase();
  console.log(db.embedded ? `Embedded Postgres running (data in .data/postgres).` : "Using the Postgres in DATABASE_URL.");
  await runMigrations(db.url, (line) => console.log(`  ${line}`), db.appUrl);
  // The app and everything after this line use the least-privilege role; only migrations ran as the owner.
  process.env.DATABASE_URL = db.appUrl;
  delete process.env.MIGRATION_DATABASE_URL;
  // The demo articles are imported, and imports run in worker threads that load this bundle.
  buildImportWorker();
  const { seedDemo, DEMO_ACCOUNTS } = await import("../../prisma/seed/seed-demo");
  const { getDb, disconnectDb } = await import("../../lib/db");
  if (await seedDemo()) console.log("Seeded the demo workspace with four demo articles.");
  const demoUsers = await getDb().user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } });
  await disconnectDb();
  if (demoUsers > 0) {
    console.log("Demo accounts (change or remove them before real use):");
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(8)} ${a.email}  /  ${a.password}`);
  }
  const port = process.env.PORT ?? "3000";
  const env = {
    ...process.env,
    DATABASE_URL: db.appUrl,
    AUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: port,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  return { db, env };
}

/** Stops the child and the embedded Postgres on Ctrl-C or SIGTERM, then exits. */
export function stopOnSignals(child: import("node:child_process").ChildProcess, db: DatabaseHandle) {
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) child.kill("SIGTERM");
    await db.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  child.on("exit", (code) => void stop(code ?? 0));
}
