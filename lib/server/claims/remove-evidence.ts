import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { canWriteArticles } from "@/lib/domain/policies/article-policy";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { findClaim } from "@/lib/server/claims/find-claim";

/** Removes an evidence item; the audit row keeps what it said. */
export async function removeEvidence(actor: Actor, articleId: string, claimId: string, evidenceId: string) {
  authorize(actor, canWriteArticles, "remove evidence");
  await getDb().$transaction(async (tx) => {
    await findClaim(tx, actor, articleId, claimId);
    const evidence = await tx.evidence.findFirst({ where: { id: evidenceId, claimId } });
    if (!evidence) throw new AppError("NOT_FOUND", "That evidence item does not exist on this claim.");
    await tx.evidence.delete({ where: { id: evidenceId } });
    await recordAudit(tx, actor, {
      action: "evidence.removed",
      entityType: "Evidence",
      entityId: evidenceId,
      articleId,
      claimId,
      data: { url: evidence.url, quote: evidence.quote, note: evidence.note },
    });
  });
}
