import "server-only";
import { getDb } from "@/lib/db";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import { authorize } from "@/lib/domain/policies/authorize";
import { CLAIM_CONTRIBUTION_ACTIONS } from "@/lib/domain/policies/review-policy";
import { awaitsReview, reviewBadgeText } from "@/lib/domain/reviews/review-state";
import type { Actor } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { userNames } from "@/lib/server/core/user-names";
import { loadClaimReviewStates } from "@/lib/server/reviews/claim-review-states";

export interface ReviewQueueFilters {
  sessionId?: string;
  articleId?: string;
  verdict?: Verdict;
  /** The editor who tagged the claim. */
  editorId?: string;
}

/**
 * The reviewer's queue: live claims of the articles handed over for review
 * (READY_FOR_REVIEW in an open session) that the actor may review (their
 * assigned reviewer, or any reviewer when the session allows it; never their
 * editor), waiting for a review (never reviewed, approval lapsed, or changed
 * since changes were requested), but for claims the actor worked on
 * themselves; oldest first (by when the claim last changed).
 */
export async function listReviewQueue(actor: Actor, filters: ReviewQueueFilters = {}, { limit = 500 } = {}) {
  authorize(actor, "review.queue");
  const db = getDb();
  const handedOver = await db.sessionArticle.findMany({
    where: {
      status: "READY_FOR_REVIEW",
      ...(filters.sessionId ? { sessionId: filters.sessionId } : {}),
      ...(filters.articleId ? { articleId: filters.articleId } : {}),
      editors: { none: { userId: actor.userId } },
      OR: [{ reviewerId: actor.userId }, { session: { anyReviewerMayReview: true } }],
      session: { workspaceId: actor.workspaceId, status: { in: ["OPEN", "IN_REVIEW"] } },
    },
    select: { articleId: true, session: { select: { id: true, name: true } }, article: { select: { title: true } } },
  });
  if (handedOver.length === 0) return [];
  const sessionOf = new Map(handedOver.map((h) => [h.articleId, h]));
  const where: Prisma.ClaimWhereInput = {
    workspaceId: actor.workspaceId,
    articleId: { in: [...sessionOf.keys()] },
    deletedAt: null,
    ...(filters.verdict ? { verdict: filters.verdict } : {}),
    ...(filters.editorId ? { createdById: filters.editorId } : {}),
    NOT: [{ createdById: actor.userId }, { updatedById: actor.userId }, { evidence: { some: { createdById: actor.userId } } }],
  };
  const claims = await db.claim.findMany({ where, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], select: { id: true, articleId: true, exact: true, verdict: true, version: true, createdById: true, updatedAt: true } });
  const mine = new Set(
    (
      await db.auditEvent.findMany({
        where: { actorId: actor.userId, claimId: { in: claims.map((c) => c.id) }, action: { in: [...CLAIM_CONTRIBUTION_ACTIONS] } },
        select: { claimId: true },
        distinct: ["claimId"],
      })
    ).map((e) => e.claimId),
  );
  const states = await loadClaimReviewStates(db, claims.map((c) => c.id));
  const waiting = claims.filter((c) => !mine.has(c.id) && awaitsReview(states.get(c.id)!)).slice(0, limit);
  const names = await userNames(waiting.map((c) => c.createdById));
  return waiting.map((c) => {
    const state = states.get(c.id)!;
    const where = sessionOf.get(c.articleId)!;
    return {
      claimId: c.id,
      articleId: c.articleId,
      articleTitle: where.article.title,
      sessionId: where.session.id,
      sessionName: where.session.name,
      exact: c.exact,
      verdict: c.verdict,
      version: c.version,
      editorId: c.createdById,
      editorName: names.get(c.createdById) ?? "A former member",
      state: state.state,
      stateLabel: reviewBadgeText(state),
      waitingSince: c.updatedAt.toISOString(),
    };
  });
}
export type ReviewQueueItem = Awaited<ReturnType<typeof listReviewQueue>>[number];
