import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { findClaim } from "@/lib/server/claims/find-claim";

/**
 * Undoes the dismissal of a suggested passage for a claim: the passage is
 * offered again (when it still matches). The dismissal row goes; the audit
 * trail keeps both the dismissal and its undoing.
 */
export async function restoreSuggestion(actor: Actor, articleId: string, claimId: string, dismissalId: string) {
  return getDb().$transaction(async (tx) => {
    authorize(actor, "suggestion.restore", await findClaim(tx, actor, articleId, claimId));
    const dismissal = await tx.dismissedSuggestion.findFirst({
      where: { id: dismissalId, claimId },
      select: { id: true, targetArticleId: true, text: true },
    });
    if (!dismissal) throw new AppError("NOT_FOUND", "That suggestion is not dismissed any more: someone restored it meanwhile.");
    await tx.dismissedSuggestion.delete({ where: { id: dismissal.id } });
    await recordAudit(tx, actor, {
      action: "suggestion.restored",
      entityType: "DismissedSuggestion",
      entityId: dismissal.id,
      articleId,
      claimId,
      data: { targetArticleId: dismissal.targetArticleId, text: dismissal.text.slice(0, 200) },
    });
    return { id: dismissal.id, restored: true as const };
  });
}
