import type { DescribableEvent } from "@/lib/domain/audit/describe-audit-event";

/** The ids whose names describing a set of events needs, by kind. */
export interface AuditEventRefs {
  users: Set<string>;
  articles: Set<string>;
  claims: Set<string>;
  sessions: Set<string>;
}

/**
 * Collects every id `describeAuditEvent` may look up for these events (actors,
 * members, editors, reviewers, articles, link targets, claims, sessions), so
 * a reader loads all the names in one query per kind.
 */
export function auditEventRefs(events: readonly DescribableEvent[]): AuditEventRefs {
  const refs: AuditEventRefs = { users: new Set(), articles: new Set(), claims: new Set(), sessions: new Set() };
  for (const event of events) {
    if (event.actorId) refs.users.add(event.actorId);
    if ("articleId" in event) refs.articles.add(event.articleId);
    if ("claimId" in event) refs.claims.add(event.claimId);
    if (event.entityType === "AnnotationSession") refs.sessions.add(event.entityId);
    const data = event.data as Record<string, unknown>;
    for (const key of ["userId", "reviewerId"]) addId(refs.users, data[key]);
    for (const id of [data.editorIds].flat()) addId(refs.users, id);
    addId(refs.articles, data.targetArticleId);
    addId(refs.sessions, data.sessionId);
    // Reassignments carry { from, to } lists: both sides name people.
    for (const key of ["editorIds", "reviewerId"]) {
      const change = data[key] as { from?: unknown; to?: unknown } | undefined;
      if (change && typeof change === "object" && !Array.isArray(change)) for (const id of [change.from, change.to].flat()) addId(refs.users, id);
    }
  }
  return refs;
}

function addId(set: Set<string>, value: unknown) {
  if (typeof value === "string" && value) set.add(value);
}
