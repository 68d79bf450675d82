import "server-only";
import type { Tx } from "@/lib/db";
import { notificationSchema, type NotificationPayload } from "@/lib/domain/notifications/notification";
import type { Actor } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/** One notification to send: to whom, what, and what it points at. */
export type NotificationDraft = NotificationPayload & {
  userId: string;
  sessionId?: string | null;
  articleId?: string | null;
  claimId?: string | null;
};

/**
 * Tells members something in the app (My work lists it and the header badge
 * counts it), inside the caller's transaction so the change and its
 * notifications commit together. Nobody is told about their own doing.
 */
export async function notify(tx: Tx, actor: Pick<Actor, "workspaceId" | "userId">, drafts: readonly NotificationDraft[]) {
  const rows = drafts
    .filter((d) => d.userId !== actor.userId)
    .map(({ userId, sessionId, articleId, claimId, ...payload }) => {
      const { kind, data } = notificationSchema.parse(payload);
      return {
        workspaceId: actor.workspaceId,
        userId,
        actorId: actor.userId,
        kind,
        data: data as Prisma.InputJsonValue,
        sessionId: sessionId ?? null,
        articleId: articleId ?? null,
        claimId: claimId ?? null,
      };
    });
  if (rows.length) await tx.notification.createMany({ data: rows });
  return rows.length;
}
