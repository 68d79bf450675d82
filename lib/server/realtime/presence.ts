import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import type { PresenceEntry } from "@/lib/domain/realtime/live-event";
import { PRESENCE_TTL_MS } from "@/lib/domain/realtime/stream-rules";
import { userNames } from "@/lib/server/core/user-names";
import { PRESENCE_CHANNEL } from "@/lib/server/realtime/event-hub";

export interface PresenceBeat {
  articleId: string | null;
  claimId?: string | null;
  editing?: boolean;
}

/**
 * Records a presence heartbeat (where the member is now) and announces it to
 * every app instance. `articleId: null` says the member left. Not audited and
 * not kept: the row lives in an UNLOGGED table and counts for 30 s.
 * The article and claim must be of the actor's workspace (else NOT_FOUND).
 */
export async function recordPresence(actor: Actor, beat: PresenceBeat): Promise<PresenceEntry> {
  const db = getDb();
  const articleId = beat.articleId;
  const claimId = articleId ? beat.claimId ?? null : null;
  if (articleId) {
    const found = claimId
      ? await db.claim.findFirst({ where: { id: claimId, articleId, article: { workspaceId: actor.workspaceId } }, select: { id: true } })
      : await db.article.findFirst({ where: { id: articleId, workspaceId: actor.workspaceId }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", claimId ? "That claim does not exist in this article." : "That article does not exist in this workspace.");
  }
  const editing = Boolean(claimId && beat.editing);
  const now = new Date();
  const name = (await userNames([actor.userId])).get(actor.userId) ?? "Someone";
  const entry: PresenceEntry = { userId: actor.userId, name, articleId, claimId, editing, lastSeenAt: now.toISOString() };
  await db.$transaction(async (tx) => {
    if (articleId) {
      await tx.presence.upsert({
        where: { workspaceId_userId: { workspaceId: actor.workspaceId, userId: actor.userId } },
        create: { workspaceId: actor.workspaceId, userId: actor.userId, articleId, claimId, editing, lastSeenAt: now },
        update: { articleId, claimId, editing, lastSeenAt: now },
      });
    } else {
      await tx.presence.deleteMany({ where: { workspaceId: actor.workspaceId, userId: actor.userId } });
    }
    await tx.$executeRaw`SELECT pg_notify(${PRESENCE_CHANNEL}, ${JSON.stringify({ workspaceId: actor.workspaceId, entry })})`;
  });
  return entry;
}

/** Who is present in a workspace now (heartbeats of the last 30 s). */
export async function listPresence(workspaceId: string): Promise<PresenceEntry[]> {
  const rows = await getDb().presence.findMany({
    where: { workspaceId, lastSeenAt: { gt: new Date(Date.now() - PRESENCE_TTL_MS) } },
  });
  const names = await userNames(rows.map((r) => r.userId));
  return rows.map((r) => ({
    userId: r.userId,
    name: names.get(r.userId) ?? "Someone",
    articleId: r.articleId,
    claimId: r.claimId,
    editing: r.editing,
    lastSeenAt: r.lastSeenAt.toISOString(),
  }));
}
