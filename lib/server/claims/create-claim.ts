import "server-only";
import { getDb } from "@/lib/db";
import { anchorColumns } from "@/lib/domain/anchoring/plan-reanchoring";
import type { CreateClaimInput } from "@/lib/domain/claims/claim-input";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/core/audit";
import { findArticle } from "@/lib/server/articles/find-article";
import { checkSelection } from "@/lib/server/claims/check-selection";
import { claimInclude, toClaimView } from "@/lib/server/claims/claim-view";
import { validateRationale } from "@/lib/server/claims/validate-rationale";
import { userNames } from "@/lib/server/core/user-names";
import { findClaimLayer } from "@/lib/server/agreement/find-claim-layer";
import { startAssignedWork } from "@/lib/server/sessions/start-assigned-work";
import { supersedeSignOff } from "@/lib/server/reviews/supersede-sign-off";

/**
 * Marks a claim on the article's current revision. The anchor is checked
 * against the stored plain text, so a client cannot store a quote that is not there.
 * @throws AppError NOT_FOUND, CONFLICT (the article was corrected meanwhile), VALIDATION
 */
export async function createClaim(actor: Actor, articleId: string, input: CreateClaimInput) {
  const rationale = validateRationale(input.rationale);
  const db = getDb();
  const claim = await db.$transaction(async (tx) => {
    authorize(actor, "claim.create", await findArticle(tx, actor, articleId));
    const revisionId = await checkSelection(tx, actor, articleId, input.revisionId, input.anchor);
    // On a blind double check the claim goes into the checker's own layer.
    const layer = await findClaimLayer(tx, actor, articleId);
    const created = await tx.claim.create({
      data: {
        ...layer,
        workspaceId: actor.workspaceId,
        articleId,
        revisionId,
        ...anchorColumns(input.anchor),
        verdict: input.verdict,
        rationale: rationale as Prisma.InputJsonValue | undefined,
        createdById: actor.userId,
        updatedById: actor.userId,
      },
      include: claimInclude,
    });
    // An assigned editor's first tag starts their session work (TO_DO → IN_PROGRESS).
    await startAssignedWork(tx, actor, articleId);
    // Before this change's audit row: the audit stream's lock is held from there to commit.
    await supersedeSignOff(tx, actor, articleId, "claim_added");
    await recordAudit(tx, actor, {
      action: "claim.created",
      entityType: "Claim",
      entityId: created.id,
      articleId,
      claimId: created.id,
      data: { verdict: created.verdict, exact: created.exact.slice(0, 200), ...(layer ? { layer: { sessionArticleId: layer.layerSessionArticleId, editorId: layer.layerEditorId } } : {}) },
    });
    return created;
  });
  return toClaimView(claim, await userNames([actor.userId]));
}
