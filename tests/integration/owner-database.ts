import pg from "pg";

/**
 * Runs `fn` with a connection as the owner of the tables (a superuser in the
 * tests): what an attacker holding the owner's credentials could do, and what
 * migrations do. The app itself never has these rights (scripts/lib/app-role.ts).
 */
export async function asOwner<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
