import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { findClaim } from "@/lib/server/claims/find-claim";
import { supersedeSignOff } from "@/lib/server/reviews/supersede-sign-off";

/** Removes an evidence item; the audit row keeps what it said. */
export async function removeEvidence(actor: Actor, articleId: string, claimId: string, evidenceId: string) {
  await getDb().$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, articleId, claimId);
    const evidence = await tx.evidence.findFirst({ where: { id: evidenceId, claimId } });
    if (!evidence) throw new AppError("NOT_FOUND", "That evidence item does not exist on this claim.");
    authorize(actor, "evidence.remove", { workspaceId: claim.workspaceId, createdById: evidence.createdById });
    await tx.evidence.delete({ where: { id: evidenceId } });
    // Before this change's audit row: the audit stream's lock is held from there to commit.
    await supersedeSignOff(tx, actor, articleId, "evidence");
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
