import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";

// Point lib/db at this run's database before any test touches it.
process.env.DATABASE_URL = inject("databaseUrl");

afterAll(async () => {
  await disconnectDb();
});
