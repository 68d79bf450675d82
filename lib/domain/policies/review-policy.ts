import { inWorkspace, isAdmin, type WorkspaceScoped } from "@/lib/domain/policies/policy-helpers";
import type { Actor } from "@/lib/domain/roles";
import { REVIEWER_ROLES, type WorkAssignment } from "@/lib/domain/sessions/work-status";

/**
 * Audit actions that make their actor a contributor of the claim: whoever
 * created it, changed it in any version, or added or removed its evidence.
 * The ClaimReview_not_own_work trigger (migration 20261202000000_reviews)
 * checks the same list in the database.
 */
export const CLAIM_CONTRIBUTION_ACTIONS = [
  "claim.created",
  "claim.updated",
  "claim.restored",
  "claim.publication_updated",
  "evidence.added",
  "evidence.removed",
] as const;

/** What the review rules see of an article: the assignments of the open sessions that hold it. */
export interface ReviewScope extends WorkspaceScoped {
  /** One per open or in-review session holding the article; none outside sessions. */
  assignments: readonly WorkAssignment[];
}

/** A claim to review: its article's scope and every user who created or changed it or its evidence. */
export interface ReviewClaimResource extends ReviewScope {
  contributorIds: readonly string[];
}

/** A reviewing role (REVIEWER or ADMIN) in the workspace. */
const reviews = (actor: Actor, scope: WorkspaceScoped) => inWorkspace(actor, scope) && REVIEWER_ROLES.includes(actor.role);

/**
 * In a session, the article's assigned reviewer reviews it, or any reviewer
 * when the session allows it; never one of its assigned editors. Outside
 * sessions, any reviewer. An article in several sessions: any one suffices.
 */
const assignedToReview = (actor: Actor, scope: ReviewScope) =>
  scope.assignments.length === 0 ||
  scope.assignments.some((a) => !a.editorIds.includes(actor.userId) && (a.reviewerId === actor.userId || a.anyReviewerMayReview));

/** Never one's own work, by user id whatever the role: not a claim one created or changed, nor one whose evidence one added. */
export const isOwnWork = (actor: Actor, claim: ReviewClaimResource) => claim.contributorIds.includes(actor.userId);

/** Reviewing a claim: a reviewer or admin, assigned (or allowed) to review it, who did not work on it. */
export const canReviewClaim = (actor: Actor, claim: ReviewClaimResource) =>
  reviews(actor, claim) && assignedToReview(actor, claim) && !isOwnWork(actor, claim);

/** Signing an article off: a reviewer or admin assigned (or allowed) to review it. */
export const canSignOffArticle = (actor: Actor, article: ReviewScope) => reviews(actor, article) && assignedToReview(actor, article);

/** Every member reads reviews, sign-offs, discussions and history. */
export const canReadReviews = (actor: Actor, scope: WorkspaceScoped) => inWorkspace(actor, scope);

/** Discussing a claim, and resolving a thread: everyone but viewers. */
export const canCommentOnClaim = (actor: Actor, scope: WorkspaceScoped) => inWorkspace(actor, scope) && actor.role !== "VIEWER";

/** Checking the whole audit chain: admins. */
export const canVerifyAudit = (actor: Actor) => isAdmin(actor);

/** The reviewer's queue: reviewers and admins. */
export const canListReviewQueue = (actor: Actor) => REVIEWER_ROLES.includes(actor.role);

function reviewRefusal(actor: Actor, scope: ReviewScope & Partial<Pick<ReviewClaimResource, "contributorIds">>): string | null {
  if (!REVIEWER_ROLES.includes(actor.role)) return null;
  if (scope.contributorIds?.includes(actor.userId)) return "You created or changed this claim (or added its evidence), so another reviewer must review it.";
  if (scope.assignments.some((a) => a.editorIds.includes(actor.userId))) return "You edit this article, so another reviewer must review it.";
  return "Only the article's assigned reviewer may review it in its session.";
}

export const reviewRules = {
  "claim.review": { allows: canReviewClaim, what: "review claims", denied: reviewRefusal },
  "article.sign_off": { allows: canSignOffArticle, what: "sign articles off", denied: reviewRefusal },
  "review.read": { allows: canReadReviews, what: "read reviews" },
  "claim.comment": { allows: canCommentOnClaim, what: "discuss claims" },
  "audit.verify": { allows: canVerifyAudit, what: "verify the audit trail" },
  "review.queue": { allows: canListReviewQueue, what: "review claims" },
};
