import { z } from "zod";
import { agreementEvents } from "@/lib/domain/audit/events/agreement-events";
import { accountEvents } from "@/lib/domain/audit/events/account-events";
import { articleEvents } from "@/lib/domain/audit/events/article-events";
import { claimEvents } from "@/lib/domain/audit/events/claim-events";
import { exportEvents } from "@/lib/domain/audit/events/export-events";
import { linkEvents } from "@/lib/domain/audit/events/link-events";
import { memberEvents } from "@/lib/domain/audit/events/member-events";
import { reviewEvents } from "@/lib/domain/audit/events/review-events";
import { sessionEvents } from "@/lib/domain/audit/events/session-events";

/**
 * Every event of a workspace's audit trail, one zod schema per action. Every
 * write goes through it (lib/server/core/audit.ts), and readers (history,
 * activity feed, live updates) parse rows back into it.
 * New areas add a file in ./events and list it here.
 */
export const workspaceAuditEventSchema = z.discriminatedUnion("action", [
  ...articleEvents,
  ...claimEvents,
  ...linkEvents,
  ...memberEvents,
  ...sessionEvents,
  ...exportEvents,
  ...reviewEvents,
  ...agreementEvents,
]);

/** Events of a user's own account, outside any workspace. */
export const accountAuditEventSchema = z.discriminatedUnion("action", [...accountEvents]);

export type WorkspaceAuditEvent = z.infer<typeof workspaceAuditEventSchema>;
export type AccountAuditEvent = z.infer<typeof accountAuditEventSchema>;
export type AuditEvent = WorkspaceAuditEvent | AccountAuditEvent;
export type AuditAction = AuditEvent["action"];

/** An event as stored: what happened plus who, when, and its place in its chain. */
export type StoredAuditEvent<E extends AuditEvent = AuditEvent> = E & {
  id: string;
  seq: number;
  actorId: string | null;
  createdAt: Date;
};
