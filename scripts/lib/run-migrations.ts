/**
 * Applies prisma/migrations/<timestamp>_<name>/migration.sql in order, recording
 * each one in `_prisma_migrations` exactly as Prisma Migrate does (checksum =
 * sha256 of the file), so `prisma migrate status/deploy` agree wherever the
 * schema engine is available. Works offline: it needs only a Postgres connection.
 */
import { createHash, randomUUID } from "node:crypto";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureAppRole } from "./app-role";
import { installJobQueue } from "./install-job-queue";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/** The migration folders on disk, oldest first. */
export function listMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Applies every pending migration as the owner (`databaseUrl`); returns the
 * names it applied. Then installs the job queue's schema (install-job-queue.ts). With `appUrl`, then makes that role the app's
 * least-privilege role, with grants covering every table (app-role.ts).
 */
export async function runMigrations(databaseUrl: string, log: (line: string) => void = () => {}, appUrl?: string) {
  const applied = await applyMigrations(databaseUrl, log);
  await installJobQueue(databaseUrl, log);
  if (appUrl) await ensureAppRole(databaseUrl, appUrl, log);
  return applied;
}

async function applyMigrations(databaseUrl: string, log: (line: string) => void) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // One runner at a time: two `npm start`s against one database must not race.
    await client.query("SELECT pg_advisory_lock(72707369)");
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const done: string[] = [];
    for (const migration of listMigrations()) {
      const previous = applied.get(migration.name);
      if (previous) {
        if (previous !== migration.checksum) {
          log(`warning: migration ${migration.name} was edited after it was applied`);
        }
        continue;
      }
      await applyOne(client, migration);
      log(`applied ${migration.name}`);
      done.push(migration.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock(72707369)").catch(() => {});
    await client.end();
  }
}

/** Applies one migration in its own transaction, recorded in `_prisma_migrations` as Prisma does. */
async function applyOne(client: pg.Client, migration: MigrationFile) {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at)
       VALUES ($1, $2, $3, now())`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
  }
}

/** Applies exactly these migrations, in order, to a database that has none yet (a restore rebuilding a backup's schema). */
export async function applyMigrationFiles(client: pg.Client, migrations: MigrationFile[]) {
  await client.query(CREATE_TABLE);
  for (const migration of migrations) await applyOne(client, migration);
}
