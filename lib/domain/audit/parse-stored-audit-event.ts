import {
  accountAuditEventSchema,
  workspaceAuditEventSchema,
  type StoredAuditEvent,
} from "@/lib/domain/audit/audit-event";

export interface AuditEventRow {
  id: string;
  workspaceId: string | null;
  seq: bigint | number;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  articleId: string | null;
  claimId: string | null;
  data: unknown;
  createdAt: Date;
}

/**
 * Reads a stored audit row back as a typed event. Rows written before their
 * action's schema last changed may not fit it: those come back as null, so a
 * history view can show them plainly instead of failing.
 */
export function parseStoredAuditEvent(row: AuditEventRow): StoredAuditEvent | null {
  const schema = row.workspaceId ? workspaceAuditEventSchema : accountAuditEventSchema;
  const parsed = schema.safeParse({
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    ...(row.articleId ? { articleId: row.articleId } : {}),
    ...(row.claimId ? { claimId: row.claimId } : {}),
    data: row.data,
  });
  if (!parsed.success) return null;
  return { ...parsed.data, id: row.id, seq: Number(row.seq), actorId: row.actorId, createdAt: row.createdAt };
}
