import { z } from "zod";
import { quoteExcerpt } from "@/lib/domain/audit/describe-audit-event";

/**
 * What a member is told in the app, one zod schema per kind (the Notification
 * row's `kind` and `data`). Rows keep the names as they were when sent, so a
 * notification reads the same after a rename. The review work adds its kinds
 * (mentions, requested changes) here.
 */
export const notificationSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("session.assigned"),
    data: z.object({ as: z.enum(["editor", "reviewer"]), sessionName: z.string(), articleTitle: z.string() }),
  }),
  z.object({
    kind: z.literal("session.handed_over"),
    data: z.object({ sessionName: z.string(), articleTitle: z.string() }),
  }),
  z.object({
    kind: z.literal("claim.mentioned"),
    data: z.object({ articleTitle: z.string(), claimExact: z.string(), text: z.string() }),
  }),
  z.object({
    kind: z.literal("claim.changes_requested"),
    data: z.object({ articleTitle: z.string(), claimExact: z.string(), decision: z.enum(["REQUEST_CHANGES", "REJECT"]), comment: z.string() }),
  }),
]);

export type NotificationPayload = z.infer<typeof notificationSchema>;
export type NotificationKind = NotificationPayload["kind"];

/** A notification as read back: its payload, who caused it and what it points at. */
export type StoredNotification = NotificationPayload & {
  id: string;
  actorId: string | null;
  sessionId: string | null;
  articleId: string | null;
  claimId: string | null;
  createdAt: Date;
  readAt: Date | null;
};

/** The sentence a notification shows: "Ada assigned you ‘Spillway gives way…’ to edit in ‘Larchmere’". */
export function describeNotification(notification: NotificationPayload, actorName: string | null): string {
  const who = actorName ?? "Someone";
  switch (notification.kind) {
    case "session.assigned": {
      const { as, articleTitle, sessionName } = notification.data;
      return `${who} assigned you ${quoteExcerpt(articleTitle, 60)} to ${as === "editor" ? "edit" : "review"} in ${quoteExcerpt(sessionName, 60)}`;
    }
    case "session.handed_over":
      return `${who} handed ${quoteExcerpt(notification.data.articleTitle, 60)} over for your review in ${quoteExcerpt(notification.data.sessionName, 60)}`;
    case "claim.mentioned":
      return `${who} mentioned you about ${quoteExcerpt(notification.data.claimExact)} in ${quoteExcerpt(notification.data.articleTitle, 60)}`;
    case "claim.changes_requested":
      return notification.data.decision === "REJECT"
        ? `${who} rejected the verdict of ${quoteExcerpt(notification.data.claimExact)} in ${quoteExcerpt(notification.data.articleTitle, 60)}`
        : `${who} requested changes to ${quoteExcerpt(notification.data.claimExact)} in ${quoteExcerpt(notification.data.articleTitle, 60)}`;
    default: {
      const unknown: never = notification;
      return `${who} sent you a notification (${(unknown as { kind: string }).kind})`;
    }
  }
}

/** Reads a stored row back as a typed notification, or null when its shape is no longer known. */
export function parseStoredNotification(row: {
  id: string;
  kind: string;
  data: unknown;
  actorId: string | null;
  sessionId: string | null;
  articleId: string | null;
  claimId: string | null;
  createdAt: Date;
  readAt: Date | null;
}): StoredNotification | null {
  const parsed = notificationSchema.safeParse({ kind: row.kind, data: row.data });
  if (!parsed.success) return null;
  const { id, actorId, sessionId, articleId, claimId, createdAt, readAt } = row;
  return { ...parsed.data, id, actorId, sessionId, articleId, claimId, createdAt, readAt };
}
