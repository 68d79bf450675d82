/** `npm run db:seed`: seeds the demo workspace into an empty database. */
import "./lib/load-env";
import { buildImportWorker } from "./lib/build-import-worker.mjs";
import { resolveDatabase } from "./lib/database";
import { runMigrations } from "./lib/run-migrations";

const db = await resolveDatabase();
process.env.DATABASE_URL = db.url;
try {
  await runMigrations(db.url);
  buildImportWorker(); // The demo articles are imported in worker threads that load it.
  const { seedDemo, DEMO_ACCOUNTS } = await import("../prisma/seed/seed-demo");
  const { disconnectDb } = await import("../lib/db");
  const seeded = await seedDemo();
  console.log(seeded ? "Seeded the demo workspace." : "The database already has data; nothing seeded.");
  if (seeded) for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(8)} ${a.email} / ${a.password}`);
  await disconnectDb();
} finally {
  await db.stop();
}
