import { randomBytes } from "node:crypto";
import pg from "pg";
import { appDatabaseUrl, dropAppRole } from "./app-role";
import { runMigrations } from "./run-migrations";

/**
 * The Postgres server the tests use: the one in DATABASE_URL (npm test sets it),
 * reached as its owner (inside an integration run DATABASE_URL is the app's role
 * and MIGRATION_DATABASE_URL the owner's).
 */
export function testServerUrl(): string {
  const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the tests with `npm test`, which provides a Postgres.");
  return url;
}

/** The same server URL pointing at another database. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A unique database name, so parallel and repeated runs never collide. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}

async function admin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates and migrates a fresh database on the server; returns its (owner's) URL. */
export async function createTestDatabase(serverUrl: string, name: string): Promise<string> {
  return (await createTestDatabaseWithAppRole(serverUrl, name)).ownerUrl;
}

/** Creates and migrates a fresh database with its own app role; returns the owner's and the app's URLs. */
export async function createTestDatabaseWithAppRole(serverUrl: string, name: string): Promise<{ ownerUrl: string; appUrl: string }> {
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const ownerUrl = withDatabase(serverUrl, name);
  const appUrl = appDatabaseUrl(ownerUrl, randomBytes(18).toString("base64url"));
  await runMigrations(ownerUrl, () => {}, appUrl);
  return { ownerUrl, appUrl };
}

/** Drops a test database (disconnecting whoever is still on it) and its app role. */
export async function dropTestDatabase(serverUrl: string, name: string): Promise<void> {
  await admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  await dropAppRole(serverUrl, name);
}
