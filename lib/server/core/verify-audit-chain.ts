import "server-only";
import { getDb } from "@/lib/db";

/** The first event at which a stream's chain does not hold, and why. */
export interface BrokenLink {
  seq: number;
  id: string | null;
  action: string | null;
  createdAt: Date | null;
  reason: string;
}

export interface ChainVerification {
  stream: string;
  ok: boolean;
  events: number;
  firstBroken: BrokenLink | null;
}

interface Row {
  seq: bigint;
  id: string;
  action: string;
  createdAt: Date;
  hash_ok: boolean;
  link_ok: boolean;
  prev_seq: bigint | null;
}

/**
 * Recomputes every hash of one audit stream (`ws:<id>` or `user:<id>`) with
 * the same SQL function the writer used, in one pass, and names the first
 * event whose content no longer matches its hash, whose predecessor is not
 * the one it was chained to, or before which events are missing.
 */
export async function verifyAuditChain(stream: string): Promise<ChainVerification> {
  const db = getDb();
  const [{ count }] = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM "AuditEvent" WHERE stream = ${stream}`;
  const [row] = await db.$queryRaw<Row[]>`
    SELECT * FROM (
      SELECT seq, id, action, "createdAt",
             hash = audit_event_hash("prevHash", stream, seq, "actorId", action, "entityType", "entityId",
                                     "articleId", "claimId", data, "createdAt") AS hash_ok,
             "prevHash" IS NOT DISTINCT FROM lag(hash) OVER w AS link_ok,
             lag(seq) OVER w AS prev_seq
      FROM "AuditEvent" WHERE stream = ${stream}
      WINDOW w AS (ORDER BY seq)
    ) checked
    WHERE NOT hash_ok OR NOT link_ok OR seq <> coalesce(prev_seq, 0) + 1
    ORDER BY seq
    LIMIT 1`;
  const events = Number(count);
  if (!row) return { stream, ok: true, events, firstBroken: null };
  const seq = Number(row.seq);
  const expected = Number(row.prev_seq ?? 0n) + 1;
  const firstBroken: BrokenLink =
    seq !== expected
      ? { seq: expected, id: null, action: null, createdAt: null, reason: `Event ${expected}${seq - 1 > expected ? `–${seq - 1}` : ""} is missing: the chain jumps from ${expected - 1} to ${seq}.` }
      : !row.hash_ok
        ? { seq, id: row.id, action: row.action, createdAt: row.createdAt, reason: `Event ${seq} (${row.action}) was altered: its content no longer matches its hash.` }
        : { seq, id: row.id, action: row.action, createdAt: row.createdAt, reason: `Event ${seq} (${row.action}) is not chained to event ${seq - 1}: the previous event was altered or replaced.` };
  return { stream, ok: false, events, firstBroken };
}

/** Verifies every audit stream in the database (workspaces and user accounts). */
export async function verifyAllAuditChains(): Promise<ChainVerification[]> {
  const streams = await getDb().$queryRaw<{ stream: string }[]>`SELECT DISTINCT stream FROM "AuditEvent" ORDER BY stream`;
  const results: ChainVerification[] = [];
  for (const { stream } of streams) results.push(await verifyAuditChain(stream));
  return results;
}
