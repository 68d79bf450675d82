import { randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "../../lib/server/auth/password";

/**
 * For a fresh production database (Docker): when no workspace exists and
 * INITIAL_ADMIN_EMAIL / INITIAL_ADMIN_PASSWORD are set, creates the first
 * workspace and its admin. Does nothing otherwise.
 */
export async function bootstrapAdmin(databaseUrl: string, log: (line: string) => void) {
  const email = process.env.INITIAL_ADMIN_EMAIL?.trim().toLowerCase();
  const password = process.env.INITIAL_ADMIN_PASSWORD;
  if (!email || !password) return;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Workspace"`);
    if (rows[0].n > 0) return;
    const passwordHash = await hashPassword(password);
    const [workspaceId, userId] = [randomUUID(), randomUUID()];
    await client.query("BEGIN");
    await client.query(`INSERT INTO "Workspace" (id, name, slug) VALUES ($1, $2, 'newsroom')`, [workspaceId, process.env.INITIAL_WORKSPACE_NAME ?? "Newsroom"]);
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, $2, $3, $4)`, [userId, email, "Admin", passwordHash]);
    await client.query(`INSERT INTO "Membership" (id, "workspaceId", "userId", role) VALUES ($1, $2, $3, 'ADMIN')`, [randomUUID(), workspaceId, userId]);
    await client.query("COMMIT");
    log(`Created the first workspace and its admin ${email}.`);
  } finally {
    await client.end();
  }
}
