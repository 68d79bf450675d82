import type { AuditAction } from "@/lib/domain/audit/audit-event";

/**
 * What the event stream (GET /api/v1/events) delivers to a browser: one
 * committed audit event of the user's current workspace that the user may
 * see. `id` is the event's place in the workspace's audit chain (`seq`), which
 * is also the SSE `id:` a reconnecting browser sends back as Last-Event-ID.
 */
export interface LiveEvent {
  id: number;
  type: AuditAction;
  workspaceId: string;
  entityType: string;
  entityId: string;
  articleId: string | null;
  claimId: string | null;
  actor: { id: string; name: string } | null;
  data: Record<string, unknown>;
  createdAt: string;
}

/** Where a member is: the article they look at and the claim they have open (not kept, not audited). */
export interface PresenceEntry {
  userId: string;
  name: string;
  articleId: string | null;
  claimId: string | null;
  /** True while they are typing in the open claim's rationale. */
  editing: boolean;
  lastSeenAt: string;
}
