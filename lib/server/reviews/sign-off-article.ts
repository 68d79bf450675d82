import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { SignOffInput } from "@/lib/domain/reviews/review-input";
import { signOffDigest, signOffProblem, type SignedClaim } from "@/lib/domain/reviews/sign-off-digest";
import type { Actor } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findArticle } from "@/lib/server/articles/find-article";
import { recordAudit } from "@/lib/server/core/audit";
import { userNames } from "@/lib/server/core/user-names";
import { loadClaimReviewStates } from "@/lib/server/reviews/claim-review-states";
import { moveReviewedWork } from "@/lib/server/reviews/move-reviewed-work";
import { loadReviewScope } from "@/lib/server/reviews/review-scope";
import { toSignOffView } from "@/lib/server/reviews/sign-off-view";
import { completeSessionSignOff } from "@/lib/server/sessions/complete-session-sign-off";

/**
 * Signs the article off on its current revision: every live claim must be
 * approved, and hold (CONFLICT names how many are not), and the revision must
 * be the one the reviewer read (CONFLICT after a correction). Records the
 * revision's sha256 and a digest over every live claim's id, version, verdict
 * and review; moves the article to SIGNED_OFF in the sessions where it waits
 * for this reviewer, and signs a session off when that was its last article.
 */
export async function signOffArticle(actor: Actor, articleId: string, input: SignOffInput) {
  const signOff = await getDb().$transaction(async (tx) => {
    await findArticle(tx, actor, articleId);
    const scope = await loadReviewScope(tx, actor, articleId);
    authorize(actor, "article.sign_off", { workspaceId: scope.workspaceId, assignments: scope.assignments });
    // One sign-off of an article at a time.
    await tx.$queryRaw`SELECT 1 FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
    const revision = await tx.articleRevision.findFirstOrThrow({ where: { articleId }, orderBy: { number: "desc" }, select: { id: true, sha256: true, number: true } });
    if (revision.id !== input.revisionId) {
      throw new AppError("CONFLICT", `The article's text was corrected since you read it (revision ${revision.number} now). Review it again before signing off.`, {
        current: { revisionId: revision.id },
      });
    }
    const live = await tx.articleSignOff.findFirst({ where: { articleId, supersededAt: null }, select: { id: true } });
    if (live) throw new AppError("CONFLICT", "This article is already signed off on its current text and claims.");
    const claims = await tx.claim.findMany({ where: { articleId, deletedAt: null }, select: { id: true, version: true, verdict: true }, orderBy: { id: "asc" } });
    const states = await loadClaimReviewStates(tx, claims.map((c) => c.id));
    const problem = signOffProblem(claims.map((c) => ({ state: states.get(c.id)! })));
    if (problem) throw new AppError("CONFLICT", problem);
    const signed: SignedClaim[] = claims.map((c) => {
      const review = states.get(c.id)?.latest ?? null;
      return {
        id: c.id,
        version: c.version,
        verdict: c.verdict,
        review: review && { id: review.id, decision: review.decision, claimVersion: review.claimVersion, reviewerId: review.reviewerId },
      };
    });
    const content = { articleId, revisionId: revision.id, revisionSha256: revision.sha256, claims: signed };
    const digest = signOffDigest(content);
    const created = await tx.articleSignOff.create({
      data: {
        workspaceId: actor.workspaceId,
        articleId,
        revisionId: revision.id,
        revisionSha256: revision.sha256,
        digest,
        claims: signed as unknown as Prisma.InputJsonValue,
        signedById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "article.signed_off",
      entityType: "ArticleSignOff",
      entityId: created.id,
      articleId,
      data: { revisionId: revision.id, revisionSha256: revision.sha256, digest, claims: signed.length },
    });
    const sessions = await moveReviewedWork(tx, actor, scope.targets, "SIGNED_OFF");
    for (const sessionId of sessions) await completeSessionSignOff(tx, actor, sessionId);
    return created;
  });
  return toSignOffView(signOff, await userNames([signOff.signedById]));
}
