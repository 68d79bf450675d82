import "server-only";
import { getDb } from "@/lib/db";
import type { EvidenceInput } from "@/lib/domain/claims/claim-input";
import { canWriteArticles } from "@/lib/domain/policies/article-policy";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { toEvidenceView } from "@/lib/server/claims/claim-view";
import { findClaim } from "@/lib/server/claims/find-claim";

/** Adds an evidence item (source URL, quoted passage, note, date checked) to a claim. */
export async function addEvidence(actor: Actor, articleId: string, claimId: string, input: EvidenceInput) {
  authorize(actor, canWriteArticles, "add evidence");
  return getDb().$transaction(async (tx) => {
    await findClaim(tx, actor, articleId, claimId);
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
    await recordAudit(tx, actor, "evidence.added", { type: "Evidence", id: evidence.id }, { claimId, url: evidence.url });
    return toEvidenceView(evidence);
  });
}
