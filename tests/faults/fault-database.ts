import { createTestDatabaseWithAppRole, dropTestDatabase, uniqueDatabaseName } from "../../scripts/lib/test-database";
import type { Team } from "../../lib/factories/make-team";

/** A fault test's own migrated database: the owner's and the app role's URLs, a team and its editor's API token. */
export interface FaultDatabase {
  ownerUrl: string;
  appUrl: string;
  team: Team;
  token: string;
  drop(): Promise<void>;
}

/**
 * Creates a database on the fault tests' Postgres server, makes a team with
 * the factories (and runs `seed` with it), then closes the factories' pool so
 * that only the app under test talks to the database.
 */
export async function createFaultDatabase(label: string, seed?: (team: Team) => Promise<void>): Promise<FaultDatabase> {
  const server = process.env.FAULTS_SERVER_URL!;
  const name = uniqueDatabaseName("crosscheck_faults");
  const { ownerUrl, appUrl } = await createTestDatabaseWithAppRole(server, name);
  const drop = () => dropTestDatabase(server, name);
  try {
    process.env.DATABASE_URL = ownerUrl;
    const { disconnectDb } = await import("../../lib/db");
    await disconnectDb();
    const { makeTeam } = await import("../../lib/factories/make-team");
    const { createApiToken } = await import("../../lib/server/auth/create-api-token");
    const team = await makeTeam(label);
    const { token } = await createApiToken(team.editor, label);
    await seed?.(team);
    await disconnectDb();
    return { ownerUrl, appUrl, team, token, drop };
  } catch (error) {
    await drop().catch(() => {});
    throw error;
  }
}
