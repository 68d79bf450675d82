import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";

// Point lib/db at this run's database before any test touches it, as the app's
// least-privilege role: the operations are tested with the rights the app has.
process.env.DATABASE_URL = inject("databaseUrl");
// The owner's URL, for the few tests that tamper or run DDL on purpose (owner-database.ts).
process.env.MIGRATION_DATABASE_URL = inject("ownerDatabaseUrl");

afterAll(async () => {
  await disconnectDb();
});
