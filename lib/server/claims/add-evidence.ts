import "server-only";
import { getDb } from "@/lib/db";
import type { EvidenceInput } from "@/lib/domain/claims/claim-input";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { toEvidenceView } from "@/lib/server/claims/claim-view";
import { findClaim } from "@/lib/server/claims/find-claim";
import { supersedeSignOff } from "@/lib/server/reviews/supersede-sign-off";

/** Adds an evidence item (source URL, quoted passage, note, date checked) to a claim. */
export async function addEvidence(actor: Actor, articleId: string, claimId: string, input: EvidenceInput) {
  return getDb().$transaction(async (tx) => {
    authorize(actor, "evidence.add", await findClaim(tx, actor, articleId, claimId));
    const evidence = await tx.evidence.create({
      data: {
        claimId,
        url: input.url ?? null,
        quote: input.quote ?? null,
        note: input.note ?? null,
        checkedAt: input.checkedAt ?? null,
        createdById: actor.userId,
      },
    });
    // Before this change's audit row: the audit stream's lock is held from there to commit.
    await supersedeSignOff(tx, actor, articleId, "evidence");
    await recordAudit(tx, actor, {
      action: "evidence.added",
      entityType: "Evidence",
      entityId: evidence.id,
      articleId,
      claimId,
      data: { url: evidence.url },
    });
    return toEvidenceView(evidence);
  });
}
