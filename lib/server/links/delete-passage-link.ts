import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { findPassageLink } from "@/lib/server/links/find-passage-link";

/**
 * Deletes a link at the version the client saw. The audit row keeps what it
 * said (claim, target, relation, quote), so the trail outlives the row.
 */
export async function deletePassageLink(actor: Actor, linkId: string, version: number) {
  await getDb().$transaction(async (tx) => {
    const link = await findPassageLink(tx, actor, linkId);
    authorize(actor, "link.delete", link);
    const { count } = await tx.passageLink.deleteMany({ where: { id: linkId, version } });
    if (count === 0) throw new AppError("CONFLICT", "Someone changed this link meanwhile; reload before deleting it.");
    await recordAudit(tx, actor, {
      action: "link.deleted",
      entityType: "PassageLink",
      entityId: linkId,
      articleId: link.claim.articleId,
      claimId: link.claimId,
      data: { targetArticleId: link.targetArticleId, relation: link.relation, exact: link.exact.slice(0, 200), note: link.note },
    });
  });
}
