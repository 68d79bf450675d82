import "server-only";
import type { Tx } from "@/lib/db";
import type { SupersedeReason } from "@/lib/domain/audit/events/review-events";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";

/**
 * A change after sign-off (a new revision, a claim changed, added or deleted,
 * evidence changed) supersedes the article's sign-off, in the change's own
 * transaction: the sign-off row stays, marked superseded, and the article
 * needs signing again. Does nothing when the article is not signed off.
 */
export async function supersedeSignOff(tx: Tx, actor: Pick<Actor, "workspaceId" | "userId">, articleId: string, reason: SupersedeReason) {
  const live = await tx.articleSignOff.findFirst({ where: { articleId, workspaceId: actor.workspaceId, supersededAt: null }, select: { id: true } });
  if (!live) return false;
  const { count } = await tx.articleSignOff.updateMany({
    where: { id: live.id, supersededAt: null },
    data: { supersededAt: new Date(), supersededById: actor.userId, supersededReason: reason },
  });
  if (count === 0) return false;
  await recordAudit(tx, actor, { action: "article.sign_off_superseded", entityType: "ArticleSignOff", entityId: live.id, articleId, data: { reason } });
  return true;
}
