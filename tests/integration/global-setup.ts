import type { TestProject } from "vitest/node";
import { createTestDatabase, dropTestDatabase, testServerUrl, uniqueDatabaseName } from "../../scripts/lib/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh, migrated database per integration run, dropped afterwards. */
export default async function setup(project: TestProject) {
  const server = testServerUrl();
  const name = uniqueDatabaseName("crosscheck_it");
  project.provide("databaseUrl", await createTestDatabase(server, name));
  return async () => dropTestDatabase(server, name);
}
