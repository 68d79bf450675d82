/** The only PrismaClient in the app (driver adapter: node-postgres). */
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type { Prisma } from "@/lib/generated/prisma/client";

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  }
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // Under a burst (fifty writers on one claim), a transaction waits for a pooled
  // connection longer than Prisma's 2 s default rather than failing the request.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
}

const globalForPrisma = globalThis as unknown as { crosscheckPrisma?: PrismaClient };

/** Lazily created so that importing a module never needs a database (e.g. during `next build`). */
export function getDb(): PrismaClient {
  globalForPrisma.crosscheckPrisma ??= createClient();
  return globalForPrisma.crosscheckPrisma;
}

/** A transaction client, as handed to `$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Closes the pool (scripts and tests). */
export async function disconnectDb() {
  await globalForPrisma.crosscheckPrisma?.$disconnect();
  globalForPrisma.crosscheckPrisma = undefined;
}
