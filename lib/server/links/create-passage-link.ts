import "server-only";
import { getDb, type Tx } from "@/lib/db";
import { anchorColumns } from "@/lib/domain/anchoring/plan-reanchoring";
import { createAnchor, type Anchor } from "@/lib/domain/anchoring/selectors";
import { AppError } from "@/lib/domain/errors";
import { LINK_RELATION_LABELS, type CreateLinkInput } from "@/lib/domain/links/link-input";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { isUniqueViolation } from "@/lib/server/core/is-unique-violation";
import { checkSelection } from "@/lib/server/claims/check-selection";
import { findClaim } from "@/lib/server/claims/find-claim";
import { linkInclude, toLinkView, type LinkView } from "@/lib/server/links/link-view";
import { userNames } from "@/lib/server/core/user-names";

/**
 * Links a claim to a passage of another article of the workspace, either a
 * suggested passage (by id) or a selection anchored on that article's current
 * revision, which is checked against the stored text like a claim's.
 * Asking again for a link that exists (same passage, relation and note: a
 * double click, a retried request, two people at once) answers that link.
 * @throws AppError NOT_FOUND, VALIDATION (same article, quote not in the text),
 *   CONFLICT (the target was corrected meanwhile), DUPLICATE (the passage is
 *   already linked with another relation or note; details carry that link)
 */
export async function createPassageLink(actor: Actor, articleId: string, claimId: string, input: CreateLinkInput): Promise<LinkView> {
  return (await createOrFindPassageLink(actor, articleId, claimId, input)).link;
}

/** createPassageLink, saying whether the link was made now (`created`) or already existed. */
export async function createOrFindPassageLink(actor: Actor, articleId: string, claimId: string, input: CreateLinkInput) {
  try {
    return await linkOnce(actor, articleId, claimId, input);
  } catch (error) {
    // Two requests for the same link at once: the unique index lets one through,
    // and the others, run again, find its link.
    if (isUniqueViolation(error)) return linkOnce(actor, articleId, claimId, input);
    throw error;
  }
}

async function linkOnce(actor: Actor, articleId: string, claimId: string, input: CreateLinkInput): Promise<{ link: LinkView; created: boolean }> {
  const note = input.note || null;
  const { link, created } = await getDb().$transaction(async (tx) => {
    const claim = await findClaim(tx, actor, articleId, claimId);
    authorize(actor, "link.create", claim);
    const target = await resolveTarget(tx, actor, input);
    if (target.articleId === claim.articleId) {
      throw new AppError("VALIDATION", "Link a passage of another article; this one is in the claim's own article.");
    }
    const { start, end } = target.anchor.position;
    const existing = await tx.passageLink.findUnique({
      where: { claimId_targetRevisionId_start_end: { claimId, targetRevisionId: target.revisionId, start, end } },
      include: linkInclude,
    });
    if (existing) return { link: existing, created: false };
    const created = await tx.passageLink.create({
      data: {
        workspaceId: actor.workspaceId,
        claimId,
        targetArticleId: target.articleId,
        targetRevisionId: target.revisionId,
        ...anchorColumns(target.anchor),
        relation: input.relation,
        note,
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
    return { link: created, created: true };
  });
  const view = toLinkView(link, await userNames([link.createdById, link.updatedById]));
  if (!created && (link.relation !== input.relation || link.note !== note)) {
    throw new AppError(
      "DUPLICATE",
      `This claim is already linked to that passage (${LINK_RELATION_LABELS[link.relation]}). Change that link instead of adding another.`,
      { linkId: link.id, current: view },
    );
  }
  return { link: view, created };
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
