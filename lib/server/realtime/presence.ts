import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import type { PresenceEntry } from "@/lib/domain/realtime/live-event";
import type { ClaimLayer } from "@/lib/domain/agreement/layer-visibility";
import { presenceForViewer } from "@/lib/domain/realtime/presence-for-viewer";
import { PRESENCE_TTL_MS } from "@/lib/domain/realtime/stream-rules";
import { claimLayers, claimLayerSelect, layerOf } from "@/lib/server/agreement/claim-layer-select";
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
 * The announcement carries the open claim's blind layer, so that each stream
 * decides without a query whether its member may see which claim it is.
 */
export async function recordPresence(actor: Actor, beat: PresenceBeat): Promise<PresenceEntry> {
  const db = getDb();
  const articleId = beat.articleId;
  const claimId = articleId ? beat.claimId ?? null : null;
  let layer: ClaimLayer | null = null;
  if (claimId) {
    const claim = await db.claim.findFirst({ where: { id: claimId, articleId: articleId!, article: { workspaceId: actor.workspaceId } }, select: claimLayerSelect });
    if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist in this article.");
    layer = layerOf(claim);
  } else if (articleId) {
    const article = await db.article.findFirst({ where: { id: articleId, workspaceId: actor.workspaceId }, select: { id: true } });
    if (!article) throw new AppError("NOT_FOUND", "That article does not exist in this workspace.");
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
    await tx.$executeRaw`SELECT pg_notify(${PRESENCE_CHANNEL}, ${JSON.stringify({ workspaceId: actor.workspaceId, entry, layer })})`;
  });
  return entry;
}

/**
 * Who is present in the viewer's workspace now (heartbeats of the last 30 s),
 * as the viewer may see it: a claim open in a blind layer the viewer may not
 * see is not named (presenceForViewer). One query for the claims named.
 */
export async function listPresence(viewer: Actor): Promise<PresenceEntry[]> {
  const db = getDb();
  const rows = await db.presence.findMany({
    where: { workspaceId: viewer.workspaceId, lastSeenAt: { gt: new Date(Date.now() - PRESENCE_TTL_MS) } },
  });
  const layers = await claimLayers(rows.flatMap((r) => (r.claimId ? [r.claimId] : [])));
  const names = await userNames(rows.map((r) => r.userId));
  return rows.map((r) =>
    presenceForViewer(
      viewer,
      { userId: r.userId, name: names.get(r.userId) ?? "Someone", articleId: r.articleId, claimId: r.claimId, editing: r.editing, lastSeenAt: r.lastSeenAt.toISOString() },
      r.claimId ? layers.get(r.claimId) : null,
    ),
  );
}
