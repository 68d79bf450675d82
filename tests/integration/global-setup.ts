import type { TestProject } from "vitest/node";
import { createTestDatabaseWithAppRole, dropTestDatabase, testServerUrl, uniqueDatabaseName } from "../../scripts/lib/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** The app's least-privilege role on this run's database: what lib/db connects with. */
    databaseUrl: string;
    /** The owner of the tables (a superuser here): for tests that tamper or run DDL on purpose. */
    ownerDatabaseUrl: string;
  }
}

/** One fresh, migrated database per integration run (with its app role), dropped afterwards. */
export default async function setup(project: TestProject) {
  const server = testServerUrl();
  const name = uniqueDatabaseName("crosscheck_it");
  const { ownerUrl, appUrl } = await createTestDatabaseWithAppRole(server, name);
  project.provide("databaseUrl", appUrl);
  project.provide("ownerDatabaseUrl", ownerUrl);
  return async () => dropTestDatabase(server, name);
}
