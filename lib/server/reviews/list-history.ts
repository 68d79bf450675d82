import "server-only";
import { getDb } from "@/lib/db";
import type { StoredAuditEvent } from "@/lib/domain/audit/audit-event";
import { describeAuditEvent } from "@/lib/domain/audit/describe-audit-event";
import { parseStoredAuditEvent } from "@/lib/domain/audit/parse-stored-audit-event";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { findArticle } from "@/lib/server/articles/find-article";
import { findClaim } from "@/lib/server/claims/find-claim";
import { loadAuditNames } from "@/lib/server/core/audit-names";
import { workspaceStream } from "@/lib/server/core/audit";

/**
 * The history of an article, or of one of its claims: every change, review,
 * discussion and sign-off, who and when, from the audit trail, newest first.
 * Each entry keeps its event's data (the `from`/`to` of a change).
 */
export async function listHistory(actor: Actor, articleId: string, opts: { claimId?: string; limit?: number } = {}) {
  const db = getDb();
  const resource = opts.claimId ? await findClaim(db, actor, articleId, opts.claimId, { deleted: true }) : { ...(await findArticle(db, actor, articleId)) };
  authorize(actor, "review.read", resource);
  const rows = await db.auditEvent.findMany({
    where: { stream: workspaceStream(actor.workspaceId), ...(opts.claimId ? { claimId: opts.claimId } : { articleId }) },
    orderBy: { seq: "desc" },
    take: opts.limit ?? 200,
  });
  const events = rows.map(parseStoredAuditEvent).filter((e): e is StoredAuditEvent => e !== null);
  const names = await loadAuditNames(events, db);
  return events.map((event) => ({
    id: event.id,
    seq: event.seq,
    action: event.action,
    sentence: describeAuditEvent(event, names),
    actorId: event.actorId,
    actorName: event.actorId ? (names.users.get(event.actorId) ?? "A former member") : null,
    claimId: "claimId" in event ? event.claimId : null,
    data: event.data as Record<string, unknown>,
    createdAt: event.createdAt.toISOString(),
  }));
}
export type HistoryEntry = Awaited<ReturnType<typeof listHistory>>[number];
