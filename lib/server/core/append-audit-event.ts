import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";

/** Advisory-lock class of audit streams (the second key is the stream's hash). */
const AUDIT_STREAM_LOCK = 72707370;

export interface AuditStream {
  /** `ws:<workspaceId>` or `user:<userId>`. */
  key: string;
  workspaceId: string | null;
}

export interface AuditRow {
  action: string;
  entityType: string;
  entityId: string;
  articleId?: string;
  claimId?: string;
  data: object;
}

/**
 * Appends one event to its stream's hash chain inside the caller's
 * transaction. The stream is locked until the transaction ends, so the next
 * writer reads this event as its predecessor only once it is committed:
 * concurrent writers still build one gap-free chain, and a stream's `seq`
 * order is its commit order (which lets live updates replay by `seq`).
 * Transactions must run at READ COMMITTED (the default) for that to hold.
 */
export async function appendAuditEvent(tx: Tx, stream: AuditStream, actorId: string | null, row: AuditRow) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_STREAM_LOCK}::int, hashtext(${stream.key}::text))`;
  const data = JSON.stringify(row.data);
  const [written] = await tx.$queryRaw<{ seq: bigint; hash: string }[]>`
    WITH last AS (
      SELECT seq, hash FROM "AuditEvent" WHERE stream = ${stream.key}::text ORDER BY seq DESC LIMIT 1
    ), next AS (
      SELECT coalesce((SELECT seq FROM last), 0) + 1 AS seq,
             (SELECT hash FROM last) AS prev,
             (clock_timestamp() AT TIME ZONE 'UTC')::timestamp(3) AS at
    )
    INSERT INTO "AuditEvent" (id, "workspaceId", stream, seq, "actorId", action, "entityType", "entityId",
                              "articleId", "claimId", data, "createdAt", "prevHash", hash)
    SELECT ${randomUUID()}::text, ${stream.workspaceId}::text, ${stream.key}::text, next.seq, ${actorId}::text,
           ${row.action}::text, ${row.entityType}::text, ${row.entityId}::text, ${row.articleId ?? null}::text,
           ${row.claimId ?? null}::text, ${data}::jsonb, next.at, next.prev,
           audit_event_hash(next.prev, ${stream.key}::text, next.seq, ${actorId}::text, ${row.action}::text,
                            ${row.entityType}::text, ${row.entityId}::text, ${row.articleId ?? null}::text,
                            ${row.claimId ?? null}::text, ${data}::jsonb, next.at)
    FROM next
    RETURNING seq, hash`;
  return { seq: Number(written.seq), hash: written.hash };
}
