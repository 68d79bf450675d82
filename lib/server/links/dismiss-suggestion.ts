import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { isUniqueViolation } from "@/lib/server/core/is-unique-violation";
import { findClaim } from "@/lib/server/claims/find-claim";

/**
 * Dismisses a suggested passage for a claim. The dismissal names the passage
 * by article and text hash, so it holds after re-indexing and after
 * corrections that leave that sentence as it was. Dismissing twice is a no-op.
 */
export async function dismissSuggestion(actor: Actor, articleId: string, claimId: string, passageId: string) {
  try {
    return await dismissOnce(actor, articleId, claimId, passageId);
  } catch (error) {
    // Two clicks racing each other: the unique index lets one through; the passage is dismissed either way.
    if (isUniqueViolation(error)) return dismissOnce(actor, articleId, claimId, passageId);
    throw error;
  }
}

function dismissOnce(actor: Actor, articleId: string, claimId: string, passageId: string) {
  return getDb().$transaction(async (tx) => {
    authorize(actor, "suggestion.dismiss", await findClaim(tx, actor, articleId, claimId));
    const passage = await tx.passage.findFirst({
      where: { id: passageId, workspaceId: actor.workspaceId },
      select: { articleId: true, textHash: true, text: true },
    });
    if (!passage) throw new AppError("NOT_FOUND", "That suggestion is gone: its article was corrected meanwhile. Refresh the suggestions.");
    const key = { claimId, targetArticleId: passage.articleId, textHash: passage.textHash };
    const existing = await tx.dismissedSuggestion.findUnique({ where: { claimId_targetArticleId_textHash: key }, select: { id: true } });
    if (existing) return { id: existing.id, dismissed: true as const };
    const dismissed = await tx.dismissedSuggestion.create({ data: { ...key, text: passage.text, createdById: actor.userId } });
    await recordAudit(tx, actor, {
      action: "suggestion.dismissed",
      entityType: "DismissedSuggestion",
      entityId: dismissed.id,
      articleId,
      claimId,
      data: { targetArticleId: passage.articleId, text: passage.text.slice(0, 200) },
    });
    return { id: dismissed.id, dismissed: true as const };
  });
}
