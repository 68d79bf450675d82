import "server-only";
import { getDb, type Tx } from "@/lib/db";
import type { StoredAuditEvent } from "@/lib/domain/audit/audit-event";
import { describeAuditEvent } from "@/lib/domain/audit/describe-audit-event";
import { parseStoredAuditEvent, type AuditEventRow } from "@/lib/domain/audit/parse-stored-audit-event";
import { loadAuditNames } from "@/lib/server/core/audit-names";

/**
 * Audit rows as the entries a history or an activity feed shows: each event
 * as a sentence, who did it, what it was about and its data (the `from`/`to`
 * of a change). Rows that no longer parse are left out. `currentSessionId`
 * lets a session's own feed say "this session" rather than its name.
 */
export async function toAuditItems(rows: readonly AuditEventRow[], { tx = getDb() as Tx, currentSessionId }: { tx?: Tx; currentSessionId?: string } = {}) {
  const events = rows.map(parseStoredAuditEvent).filter((e): e is StoredAuditEvent => e !== null);
  const names = { ...(await loadAuditNames(events, tx)), currentSessionId };
  return events.map((event) => ({
    id: event.id,
    seq: event.seq,
    action: event.action,
    sentence: describeAuditEvent(event, names),
    actorId: event.actorId,
    actorName: event.actorId ? (names.users.get(event.actorId) ?? "A former member") : null,
    articleId: "articleId" in event ? event.articleId : null,
    articleTitle: "articleId" in event ? (names.articles?.get(event.articleId) ?? null) : null,
    claimId: "claimId" in event ? event.claimId : null,
    data: event.data as Record<string, unknown>,
    createdAt: event.createdAt.toISOString(),
  }));
}
export type AuditItem = Awaited<ReturnType<typeof toAuditItems>>[number];
