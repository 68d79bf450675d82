import "server-only";
import type { Tx } from "@/lib/db";
import {
  accountAuditEventSchema,
  workspaceAuditEventSchema,
  type AccountAuditEvent,
  type WorkspaceAuditEvent,
} from "@/lib/domain/audit/audit-event";
import type { Actor } from "@/lib/domain/roles";
import { appendAuditEvent } from "@/lib/server/core/append-audit-event";

/** The Postgres channel on which committed workspace events are announced. */
export const AUDIT_EVENTS_CHANNEL = "crosscheck_events";

/** What a NOTIFY on AUDIT_EVENTS_CHANNEL carries: enough to read the event back. */
export interface AuditNotification {
  workspaceId: string;
  seq: number;
}

export const workspaceStream = (workspaceId: string) => `ws:${workspaceId}`;
export const accountStream = (userId: string) => `user:${userId}`;

/**
 * Appends one typed event to the workspace's audit trail inside the caller's
 * transaction, so a change and its audit row commit or fail together, and
 * announces it with pg_notify, which Postgres delivers only on commit: a
 * rolled-back change is never announced.
 */
export async function recordAudit(tx: Tx, actor: Pick<Actor, "workspaceId" | "userId">, event: WorkspaceAuditEvent) {
  const row = workspaceAuditEventSchema.parse(event);
  const written = await appendAuditEvent(tx, { key: workspaceStream(actor.workspaceId), workspaceId: actor.workspaceId }, actor.userId, row);
  const notification: AuditNotification = { workspaceId: actor.workspaceId, seq: written.seq };
  await tx.$executeRaw`SELECT pg_notify(${AUDIT_EVENTS_CHANNEL}, ${JSON.stringify(notification)})`;
  return written;
}

/** Appends an event of the user's own account (API tokens) to the user's audit stream. */
export async function recordAccountAudit(tx: Tx, userId: string, event: AccountAuditEvent) {
  const row = accountAuditEventSchema.parse(event);
  return appendAuditEvent(tx, { key: accountStream(userId), workspaceId: null }, userId, row);
}
