import "server-only";
import { getDb } from "@/lib/db";
import { seesAllLayers } from "@/lib/domain/agreement/layer-visibility";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { findArticle } from "@/lib/server/articles/find-article";
import { findClaim } from "@/lib/server/claims/find-claim";
import { toAuditItems, type AuditItem } from "@/lib/server/core/audit-items";
import { visibleClaimsWhere } from "@/lib/server/agreement/visible-claims-where";
import { workspaceStream } from "@/lib/server/core/audit";

/**
 * The history of an article, or of one of its claims: every change, review,
 * discussion and sign-off, who and when, from the audit trail, newest first.
 * Each entry keeps its event's data (the `from`/`to` of a change). Events about
 * claims hidden from the actor by a blind double check are left out.
 */
export async function listHistory(actor: Actor, articleId: string, opts: { claimId?: string; limit?: number } = {}) {
  const db = getDb();
  const resource = opts.claimId ? await findClaim(db, actor, articleId, opts.claimId, { deleted: true }) : { ...(await findArticle(db, actor, articleId)) };
  authorize(actor, "review.read", resource);
  // Blind double checks: events about claims of a layer the actor may not see are not theirs to read.
  const hidden = seesAllLayers(actor) || opts.claimId
    ? []
    : (await db.claim.findMany({ where: { articleId, NOT: visibleClaimsWhere(actor) }, select: { id: true } })).map((c) => c.id);
  const rows = await db.auditEvent.findMany({
    where: {
      stream: workspaceStream(actor.workspaceId),
      ...(opts.claimId ? { claimId: opts.claimId } : { articleId }),
      ...(hidden.length ? { OR: [{ claimId: null }, { claimId: { notIn: hidden } }] } : {}),
    },
    orderBy: { seq: "desc" },
    take: opts.limit ?? 200,
  });
  return toAuditItems(rows, { tx: db });
}
export type HistoryEntry = AuditItem;
