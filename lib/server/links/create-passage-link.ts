import "server-only";
import { getDb, type Tx } from "@/lib/db";
import { anchorColumns } from "@/lib/domain/anchoring/plan-reanchoring";
import { createAnchor, type Anchor } from "@/lib/domain/anchoring/selectors";
import { AppError } from "@/lib/domain/errors";
import type { CreateLinkInput } from "@/lib/domain/links/link-input";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { checkSelection } from "@/lib/server/claims/check-selection";
import { findClaim } from "@/lib/server/claims/find-claim";
import { linkInclude, toLinkView } from "@/lib/server/links/link-view";
import { userNames } from "@/lib/server/core/user-names";

/**
 * Links a claim to a passage of another article of the workspace, either a
 * suggested passage (by id) or a selection anchored on that article's current
 * revision, which is checked against the stored text like a claim's.
 * @throws AppError NOT_FOUND, VALIDATION (same article, quote not in the text),
 *   CONFLICT (the target was corrected meanwhile), DUPLICATE (already linked)
 */
export async function createPassageLink(actor: Actor, articleId: string, claimId: string, input: CreateLinkInput) {
  const link = await getDb().$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, articleId, claimId);
    authorize(actor, "link.create", claim);
    const target = await resolveTarget(tx, actor, input);
    if (target.articleId === claim.articleId) {
      throw new AppError("VALIDATION", "Link a passage of another article; this one is in the claim's own article.");
    }
    const { position } = target.anchor;
    const existing = await tx.passageLink.findFirst({
      where: { claimId, targetArticleId: target.articleId, start: position.start, end: position.end, orphaned: false },
      select: { id: true },
    });
    if (existing) throw new AppError("DUPLICATE", "This claim is already linked to that passage.", { linkId: existing.id });
    const created = await tx.passageLink.create({
      data: {
        workspaceId: actor.workspaceId,
        claimId,
        targetArticleId: target.articleId,
        targetRevisionId: target.revisionId,
        ...anchorColumns(target.anchor),
        relation: input.relation,
        note: input.note || null,
        createdById: actor.userId,
        updatedById: actor.userId,
      },
      include: linkInclude,
    });
    await recordAudit(tx, actor, {
      action: "link.created",
      entityType: "PassageLink",
      entityId: created.id,
      articleId,
      claimId,
      data: {
        targetArticleId: target.articleId,
        relation: created.relation,
        exact: created.exact.slice(0, 200),
        ...("passageId" in input ? { fromSuggestion: true as const } : {}),
      },
    });
    return created;
  });
  return toLinkView(link, await userNames([actor.userId]));
}

async function resolveTarget(tx: Tx, actor: Actor, input: CreateLinkInput): Promise<{ articleId: string; revisionId: string; anchor: Anchor }> {
  if ("passageId" in input) {
    const passage = await tx.passage.findFirst({
      where: { id: input.passageId, workspaceId: actor.workspaceId },
      select: { articleId: true, revisionId: true, start: true, end: true, revision: { select: { plainText: true } } },
    });
    if (!passage) {
      throw new AppError("NOT_FOUND", "That suggestion is gone: its article was corrected meanwhile. Refresh the suggestions.");
    }
    return { articleId: passage.articleId, revisionId: passage.revisionId, anchor: createAnchor(passage.revision.plainText, passage.start, passage.end) };
  }
  const revisionId = await checkSelection(tx, actor, input.targetArticleId, input.revisionId, input.anchor);
  return { articleId: input.targetArticleId, revisionId, anchor: input.anchor };
}
