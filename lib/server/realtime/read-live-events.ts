import "server-only";
import { getDb } from "@/lib/db";
import type { AuditAction } from "@/lib/domain/audit/audit-event";
import type { LiveEvent } from "@/lib/domain/realtime/live-event";
import { workspaceStream } from "@/lib/server/core/audit";
import { userNames } from "@/lib/server/core/user-names";

/**
 * The committed events of a workspace after `afterSeq` (exclusive) up to
 * `upToSeq` (inclusive, when given), oldest first, at most `limit` of them,
 * as the event stream sends them. A stream's seq order is its commit order,
 * so this is exactly what a client that saw `afterSeq` missed.
 */
export async function readLiveEvents(workspaceId: string, afterSeq: number, options: { upToSeq?: number; limit: number }): Promise<LiveEvent[]> {
  const rows = await getDb().auditEvent.findMany({
    where: { stream: workspaceStream(workspaceId), seq: { gt: BigInt(afterSeq), ...(options.upToSeq !== undefined ? { lte: BigInt(options.upToSeq) } : {}) } },
    orderBy: { seq: "asc" },
    take: options.limit,
  });
  const names = await userNames(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])));
  return rows.map((r) => ({
    id: Number(r.seq),
    type: r.action as AuditAction,
    workspaceId,
    entityType: r.entityType,
    entityId: r.entityId,
    articleId: r.articleId,
    claimId: r.claimId,
    actor: r.actorId ? { id: r.actorId, name: names.get(r.actorId) ?? "Someone" } : null,
    data: (r.data ?? {}) as Record<string, unknown>,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The newest seq of a workspace's stream (0 when it has none). */
export async function latestSeq(workspaceId: string): Promise<number> {
  const last = await getDb().auditEvent.findFirst({ where: { stream: workspaceStream(workspaceId) }, orderBy: { seq: "desc" }, select: { seq: true } });
  return last ? Number(last.seq) : 0;
}
