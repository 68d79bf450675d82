import "server-only";
import { getDb, type Tx } from "@/lib/db";
import { auditEventRefs } from "@/lib/domain/audit/audit-event-refs";
import type { AuditNames, DescribableEvent } from "@/lib/domain/audit/describe-audit-event";
import { userNames } from "@/lib/server/core/user-names";

/**
 * The names describeAuditEvent needs for these events (people, article
 * titles, claims' quoted words, session names), one query per kind. Deleted
 * claims keep their words; ids of another workspace are never asked for,
 * since events come from the actor's own workspace stream.
 */
export async function loadAuditNames(events: readonly DescribableEvent[], tx: Tx = getDb()): Promise<AuditNames> {
  const refs = auditEventRefs(events);
  const [users, articles, claims, sessions] = await Promise.all([
    userNames(refs.users, tx),
    refs.articles.size ? tx.article.findMany({ where: { id: { in: [...refs.articles] } }, select: { id: true, title: true } }) : [],
    refs.claims.size ? tx.claim.findMany({ where: { id: { in: [...refs.claims] } }, select: { id: true, exact: true } }) : [],
    refs.sessions.size ? tx.annotationSession.findMany({ where: { id: { in: [...refs.sessions] } }, select: { id: true, name: true } }) : [],
  ]);
  return {
    users,
    articles: new Map(articles.map((a) => [a.id, a.title])),
    claims: new Map(claims.map((c) => [c.id, c.exact])),
    sessions: new Map(sessions.map((s) => [s.id, s.name])),
  };
}
