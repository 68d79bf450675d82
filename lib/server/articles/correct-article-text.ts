import "server-only";
import { getDb } from "@/lib/db";
import { planReanchoring } from "@/lib/domain/anchoring/plan-reanchoring";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { docToPlainText } from "@/lib/editor/plain-text";
import { parseDoc } from "@/lib/editor/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applyReanchorPlan } from "@/lib/server/articles/apply-reanchor-plan";
import { findArticle } from "@/lib/server/articles/find-article";
import { recordAudit } from "@/lib/server/core/audit";
import { BIG_WRITE } from "@/lib/server/core/transaction-options";
import { indexRevisionPassages } from "@/lib/server/articles/index-revision-passages";
import { reanchorPassageLinks } from "@/lib/server/links/reanchor-passage-links";
import { sha256 } from "@/lib/server/core/sha256";
import { flagChangedClaims } from "@/lib/server/claims/flag-changed-claims";
import { supersedeSignOff } from "@/lib/server/reviews/supersede-sign-off";

/**
 * Saves a corrected text as a new, immutable revision and re-anchors every
 * claim of the article onto it, and every link that points into it. Claims
 * and links that cannot be placed become orphans: they keep their last anchor
 * and are listed, never dropped. The article's passages are re-indexed. A
 * rated claim whose own wording changed is flagged to be checked again, and
 * returned in `changed` with its old and new wording.
 * @throws AppError CONFLICT when `baseRevisionId` is no longer the current revision
 */
export async function correctArticleText(actor: Actor, articleId: string, baseRevisionId: string, docJson: unknown) {
  // Refuse before parsing a (possibly megabyte) document the actor may not save.
  authorize(actor, "article.correct", await findArticle(getDb(), actor, articleId));
  const doc = parseDoc(docJson, { dropClaims: true });
  const plainText = docToPlainText(doc);
  if (!plainText.trim()) throw new AppError("EMPTY_CONTENT", "A corrected article cannot be empty.");
  return getDb().$transaction(async (tx) => {
    // Lock the article so two corrections cannot both build on the same base.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Article" WHERE id = ${articleId} AND "workspaceId" = ${actor.workspaceId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "That article does not exist in this workspace.");
    const current = await tx.articleRevision.findFirstOrThrow({ where: { articleId }, orderBy: { number: "desc" } });
    if (current.id !== baseRevisionId) {
      throw new AppError("CONFLICT", "Someone else corrected this article meanwhile. Reload to see their version.");
    }
    if (current.plainText === plainText) throw new AppError("VALIDATION", "The text has not changed.");
    const revision = await tx.articleRevision.create({
      data: {
        articleId,
        number: current.number + 1,
        doc: doc.toJSON() as Prisma.InputJsonValue,
        plainText,
        sha256: sha256(plainText),
        createdById: actor.userId,
      },
    });
    await indexRevisionPassages(tx, { workspaceId: actor.workspaceId, articleId, revisionId: revision.id, plainText });
    const links = await reanchorPassageLinks(tx, { articleId, revisionId: revision.id, plainText });
    const claims = await tx.claim.findMany({
      where: { articleId, deletedAt: null },
      select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, orphaned: true, verdict: true },
    });
    const plan = planReanchoring(claims, plainText);
    await applyReanchorPlan(tx, "Claim", revision.id, plan);
    const orphans = plan.orphans;
    const changed = await flagChangedClaims(tx, plan.textChanged, new Map(claims.map((c) => [c.id, c.verdict])));
    await recordAudit(tx, actor, {
      action: "article.text_corrected",
      entityType: "Article",
      entityId: articleId,
      articleId,
      data: {
        fromRevision: current.number,
        toRevision: revision.number,
        revisionId: revision.id,
        reanchored: claims.length - orphans.length,
        orphans,
        links,
        changed,
      },
    });
    await supersedeSignOff(tx, actor, articleId, "revision");
    return { revision: { id: revision.id, number: revision.number }, reanchored: claims.length - orphans.length, orphans, links, changed };
  }, BIG_WRITE);
}
