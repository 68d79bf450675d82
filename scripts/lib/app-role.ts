/**
 * The app's least-privilege database role. Migrations run as the owner of the
 * tables; the app connects as a login role that may read and write rows and
 * nothing more: no DDL, no trigger control (only an owner may ALTER TABLE …
 * DISABLE TRIGGER, only a superuser may SET session_replication_role), INSERT
 * and SELECT only on the append-only tables, no access to the migration log.
 * The grants are re-applied after every migration run, so tables that later
 * migrations add are covered at once (and default privileges cover tables an
 * owner creates by hand).
 */
import { createHmac } from "node:crypto";
import pg from "pg";
import { JOB_QUEUE_SCHEMA } from "../../lib/domain/exports/job-queues";

/** Tables whose rows are never changed or deleted by the app (their triggers refuse it too). */
export const APPEND_ONLY_TABLES = ["AuditEvent", "ArticleRevision", "ClaimReview"];

/** Tables the app never touches. */
const PRIVATE_TABLES = ["_prisma_migrations"];

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const JOB_SCHEMA = quoteIdent(JOB_QUEUE_SCHEMA);
const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The app role of a database: "<database>_app" (Postgres roles are cluster-wide, so one per database). */
export function appRoleName(database: string): string {
  const name = `${database}_app`.replace(/[^A-Za-z0-9_]/g, "_");
  return name.length <= 63 ? name : `${name.slice(0, 50)}_${createHmac("sha256", "").update(name).digest("hex").slice(0, 8)}_app`;
}

/** A password for the app role derived from AUTH_SECRET, so every instance and restart agrees on it without storing another secret. */
export function derivedAppPassword(secret: string): string {
  return createHmac("sha256", secret).update("crosscheck database app role").digest("base64url");
}

/** The owner's URL with the app role's name and password: what the app connects with. */
export function appDatabaseUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = appRoleName(decodeURIComponent(url.pathname.slice(1)));
  url.password = password;
  return url.toString();
}

/**
 * Makes the login role named in `appUrl` exist with its password and exactly
 * the app's privileges on the owner's database. Runs as the owner (who needs
 * CREATEROLE only when the role does not exist yet). Idempotent.
 */
export async function ensureAppRole(ownerUrl: string, appUrl: string, log: (line: string) => void = () => {}) {
  const app = new URL(appUrl);
  const role = decodeURIComponent(app.username);
  const password = decodeURIComponent(app.password);
  const owner = new URL(ownerUrl);
  if (role === decodeURIComponent(owner.username)) throw new Error("The app's DATABASE_URL names the owner role; give the app a role of its own (see README, Database roles).");
  const database = decodeURIComponent(owner.pathname.slice(1));
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const exists = (await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role])).rowCount! > 0;
    const credentials = password ? ` PASSWORD ${quoteLiteral(password)}` : "";
    const attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";
    if (!exists) {
      try {
        await client.query(`CREATE ROLE ${quoteIdent(role)} ${attributes}${credentials}`);
        log(`created the app role ${role}`);
      } catch (error) {
        // Another runner created it meanwhile (two test runs, two instances): fine.
        if (!["42710", "23505"].includes((error as { code?: string }).code ?? "")) throw error;
      }
    } else {
      await client.query(`ALTER ROLE ${quoteIdent(role)} ${attributes}${credentials}`).catch((error: Error) => {
        log(`note: could not update the app role ${role} (${error.message}); keeping it as it is`);
      });
    }
    await grantAppPrivileges(client, database, role);
  } finally {
    await client.end();
  }
}

async function grantAppPrivileges(client: pg.Client, database: string, role: string) {
  const r = quoteIdent(role);
  // Postgres 15 already refuses CREATE on public to PUBLIC; older servers need it said (and only the schema's owner may).
  await client.query("REVOKE CREATE ON SCHEMA public FROM PUBLIC").catch(() => {});
  const statements = [
    `GRANT CONNECT ON DATABASE ${quoteIdent(database)} TO ${r}`,
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
    // The job queue (pg-boss, installed by the migration runner): rows only, like the app's own tables.
    `GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOB_SCHEMA} TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${JOB_SCHEMA} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    ...PRIVATE_TABLES.map((table) => `REVOKE ALL ON ${quoteIdent(table)} FROM ${r}`),
    ...APPEND_ONLY_TABLES.map((table) => `REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON ${quoteIdent(table)} FROM ${r}`),
  ];
  await client.query("BEGIN");
  try {
    for (const statement of statements) await client.query(statement);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/** Drops a test database's app role (roles outlive the databases they were granted on). */
export async function dropAppRole(serverUrl: string, database: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP ROLE IF EXISTS ${quoteIdent(appRoleName(database))}`);
  } finally {
    await client.end();
  }
}
