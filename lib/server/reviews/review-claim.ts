import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import { claimFingerprint } from "@/lib/domain/reviews/claim-fingerprint";
import { reviewCommentProblem } from "@/lib/domain/reviews/review-state";
import type { ReviewInput } from "@/lib/domain/reviews/review-input";
import type { Actor } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { userNames } from "@/lib/server/core/user-names";
import { findClaim } from "@/lib/server/claims/find-claim";
import { notify } from "@/lib/server/notifications/notify";
import { reviewedClaimSelect } from "@/lib/server/reviews/claim-review-states";
import { moveReviewedWork } from "@/lib/server/reviews/move-reviewed-work";
import { reviewClaimResource } from "@/lib/server/reviews/review-scope";
import { toReviewView } from "@/lib/server/reviews/review-view";
import { refuseOwnWork } from "@/lib/server/reviews/refuse-own-work";
import { supersedeSignOff } from "@/lib/server/reviews/supersede-sign-off";

/**
 * Approves a claim, requests changes to it or rejects its verdict, pinned to
 * the claim version the reviewer saw (CONFLICT when it changed meanwhile) and
 * the revision it is anchored to. Never one's own work (FORBIDDEN, checked
 * here and by a database trigger). A request for changes or a rejection opens
 * the claim's discussion with its comment, tells the claim's editors, and
 * sends the article back to them in its sessions (CHANGES_REQUESTED).
 */
export async function reviewClaim(actor: Actor, articleId: string, claimId: string, input: ReviewInput) {
  const problem = reviewCommentProblem(input.decision, input.comment);
  if (problem) throw new AppError("VALIDATION", problem, { fieldErrors: { comment: [problem] } });
  const comment = input.comment?.trim() || null;
  const review = await getDb().$transaction(async (tx) => {
    await findClaim(tx, actor, articleId, claimId);
    await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE id = ${claimId} FOR UPDATE`;
    const claim = await findClaim(tx, actor, articleId, claimId, { include: { evidence: reviewedClaimSelect.evidence, article: { select: { title: true } } } });
    const { resource, targets } = await reviewClaimResource(tx, actor, claim);
    authorize(actor, "claim.review", resource);
    if (claim.version !== input.claimVersion) {
      throw new AppError("CONFLICT", `This claim changed since you read it (you saw v${input.claimVersion}, it is v${claim.version} now). Read it again before reviewing.`, {
        current: { version: claim.version, verdict: claim.verdict },
      });
    }
    const created = await refuseOwnWork(() =>
      tx.claimReview.create({
        data: {
          workspaceId: actor.workspaceId,
          articleId,
          claimId,
          revisionId: claim.revisionId,
          claimVersion: claim.version,
          verdict: claim.verdict,
          fingerprint: claimFingerprint(claim),
          decision: input.decision,
          comment,
          reviewerId: actor.userId,
        },
      }),
    );
    if (input.decision !== "APPROVE" && comment) {
      await tx.claimComment.create({
        data: { workspaceId: actor.workspaceId, articleId, claimId, reviewId: created.id, body: plainDoc(comment), text: comment, authorId: actor.userId },
      });
      await moveReviewedWork(tx, actor, targets, "CHANGES_REQUESTED");
    }
    await recordAudit(tx, actor, {
      action: "claim.reviewed",
      entityType: "ClaimReview",
      entityId: created.id,
      articleId,
      claimId,
      data: { decision: input.decision, claimVersion: claim.version, verdict: claim.verdict, ...(comment ? { comment: comment.slice(0, 200) } : {}) },
    });
    // A claim sent back or rejected no longer stands as signed.
    if (input.decision !== "APPROVE") await supersedeSignOff(tx, actor, articleId, "review");
    if (input.decision !== "APPROVE" && comment) {
      const editors = new Set([claim.createdById, claim.updatedById]);
      await notify(tx, actor, [...editors].map((userId) => ({
        kind: "claim.changes_requested" as const,
        userId,
        articleId,
        claimId,
        data: { articleTitle: claim.article.title, claimExact: claim.exact.slice(0, 200), decision: input.decision as "REQUEST_CHANGES" | "REJECT", comment: comment.slice(0, 500) },
      })));
    }
    return created;
  });
  return toReviewView(review, await userNames([review.reviewerId]));
}

/** A one-paragraph TipTap document holding plain text. */
export function plainDoc(text: string) {
  return { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}
