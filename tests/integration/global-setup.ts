import type { TestProject } from "vitest/node";
import { buildImportWorker } from "../../scripts/lib/build-import-worker.mjs";
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
  // Imports run in worker threads that load this bundle: rebuilt so they run the code under test.
  buildImportWorker();
  const server = testServerUrl();
  const name = uniqueDatabaseName("crosscheck_it");
  const { ownerUrl, appUrl } = await createTestDatabaseWithAppRole(server, name);
  project.provide("databaseUrl", appUrl);
  project.provide("ownerDatabaseUrl", ownerUrl);
  return async () => dropTestDatabase(server, name);
}
