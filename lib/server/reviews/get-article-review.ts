import "server-only";
import { getDb } from "@/lib/db";
import { authorize, can } from "@/lib/domain/policies/authorize";
import { reviewBadgeText, type ReviewState } from "@/lib/domain/reviews/review-state";
import { signOffProblem } from "@/lib/domain/reviews/sign-off-digest";
import type { Actor } from "@/lib/domain/roles";
import { findArticle } from "@/lib/server/articles/find-article";
import { userNames } from "@/lib/server/core/user-names";
import { loadClaimReviewStates } from "@/lib/server/reviews/claim-review-states";
import { claimContributors, loadReviewScope } from "@/lib/server/reviews/review-scope";
import { toSignOffView } from "@/lib/server/reviews/sign-off-view";

/** One claim's review state as the annotator shows it. */
export interface ClaimReviewBadge {
  state: ReviewState;
  label: string;
  changedSince: boolean;
  reviewedVersion: number | null;
  /** The actor may review this claim (a reviewer, assigned, not their own work). */
  canReview: boolean;
}

/**
 * Where an article's review stands for the actor: each live claim's review
 * state and whether the actor may review it, the latest sign-off (live or
 * superseded), and whether the actor may sign it off now (and why not).
 */
export async function getArticleReview(actor: Actor, articleId: string) {
  const db = getDb();
  const article = await findArticle(db, actor, articleId);
  authorize(actor, "review.read", article);
  const [claims, scope, signOff, revision] = await Promise.all([
    db.claim.findMany({ where: { articleId, deletedAt: null }, select: { id: true, createdById: true, updatedById: true, articleId: true } }),
    loadReviewScope(db, actor, articleId, { lock: false }),
    db.articleSignOff.findFirst({ where: { articleId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
    db.articleRevision.findFirstOrThrow({ where: { articleId }, orderBy: { number: "desc" }, select: { id: true } }),
  ]);
  const [states, contributors] = await Promise.all([loadClaimReviewStates(db, claims.map((c) => c.id)), claimContributors(db, claims)]);
  const mayReviewAny = can(actor, "article.sign_off", { workspaceId: scope.workspaceId, assignments: scope.assignments });
  const badges: Record<string, ClaimReviewBadge> = {};
  for (const claim of claims) {
    const state = states.get(claim.id)!;
    const canReview = mayReviewAny && can(actor, "claim.review", { workspaceId: scope.workspaceId, assignments: scope.assignments, contributorIds: contributors.get(claim.id) ?? [] });
    badges[claim.id] = { state: state.state, label: reviewBadgeText(state), changedSince: state.changedSince, reviewedVersion: state.reviewedVersion, canReview };
  }
  const live = signOff && !signOff.supersededAt && signOff.revisionId === revision.id;
  const problem = signOffProblem(claims.map((c) => ({ state: states.get(c.id)! })));
  return {
    articleId,
    revisionId: revision.id,
    claims: badges,
    signOff: signOff ? toSignOffView(signOff, await userNames([signOff.signedById])) : null,
    canSignOff: mayReviewAny && !live,
    signOffProblem: live ? "This article is signed off." : problem,
  };
}
export type ArticleReviewView = Awaited<ReturnType<typeof getArticleReview>>;

