/**
 * `npm run audit:verify`: recomputes the hash chain of every audit stream in
 * the database (DATABASE_URL, or the embedded Postgres) and names the first
 * broken link of each stream that does not hold. Exits 1 when any is broken.
 */
import "./lib/load-env";
import { resolveDatabase } from "./lib/database";

const db = await resolveDatabase();
process.env.DATABASE_URL = db.url;
let broken = 0;
try {
  const { verifyAllAuditChains } = await import("../lib/server/core/verify-audit-chain");
  const { disconnectDb } = await import("../lib/db");
  const results = await verifyAllAuditChains().catch((error: { code?: string; message?: string }) => {
    if (!String(error.message).includes("42P01")) throw error;
    console.error("This database has no Crosscheck tables yet: run `npm run db:migrate` first.");
    process.exit(2);
  });
  for (const result of results) {
    if (result.ok) {
      console.log(`ok      ${result.stream}: ${result.events} events`);
    } else {
      broken += 1;
      console.log(`BROKEN  ${result.stream}: ${result.firstBroken!.reason}${result.firstBroken!.id ? ` (event id ${result.firstBroken!.id})` : ""}`);
    }
  }
  console.log(results.length === 0 ? "No audit events yet." : broken === 0 ? `All ${results.length} audit chains hold.` : `${broken} of ${results.length} audit chains are broken.`);
  await disconnectDb();
} finally {
  await db.stop();
}
process.exit(broken === 0 ? 0 : 1);
