import "server-only";
import { getDb, type Tx } from "@/lib/db";
import type { AuditEventRow } from "@/lib/domain/audit/parse-stored-audit-event";
import type { Actor } from "@/lib/domain/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import { toAuditItems, type AuditItem } from "@/lib/server/core/audit-items";
import { workspaceStream } from "@/lib/server/core/audit";
import { visibleClaimsSql } from "@/lib/server/agreement/visible-claims-where";

/**
 * The newest events of a session, as sentences for its activity feed: the
 * session's own events, its articles' session events, and everything done on
 * the articles it holds now (claims, evidence, links, corrections), newest
 * first. Another session's events about a shared article are left out. The
 * caller has checked the session belongs to the actor's workspace.
 */
export async function listSessionActivity(actor: Actor, sessionId: string, articleIds: readonly string[], { limit = 30, tx = getDb() as Tx } = {}) {
  const onArticles = articleIds.length
    ? Prisma.sql`OR ("articleId" IN (${Prisma.join([...articleIds])}) AND action NOT LIKE 'session.%')`
    : Prisma.empty;
  // Walks the stream's (stream, seq) index from the newest event and stops at `limit` matches.
  const rows = await tx.$queryRaw<AuditEventRow[]>`
    SELECT id, "workspaceId", seq, "actorId", action, "entityType", "entityId", "articleId", "claimId", data, "createdAt"
    FROM "AuditEvent"
    WHERE stream = ${workspaceStream(actor.workspaceId)}
      AND ("entityId" = ${sessionId} OR data->>'sessionId' = ${sessionId} ${onArticles})
      -- Blind double checks: an event about a claim the actor may not see is not theirs to read.
      AND ("claimId" IS NULL OR NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c.id = "AuditEvent"."claimId" AND NOT ${visibleClaimsSql(actor)}))
    ORDER BY seq DESC
    LIMIT ${limit}`;
  return toAuditItems(rows, { tx, currentSessionId: sessionId });
}
export type SessionActivityItem = AuditItem;
