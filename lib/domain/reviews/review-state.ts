import { REVIEW_STATE_LABELS, type ReviewState } from "@/lib/domain/exports/report-types";

export { REVIEW_STATE_LABELS, type ReviewState };

/** What a reviewer decides about a claim. */
export const REVIEW_DECISIONS = ["APPROVE", "REQUEST_CHANGES", "REJECT"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const REVIEW_DECISION_LABELS: Record<ReviewDecision, string> = {
  APPROVE: "Approve",
  REQUEST_CHANGES: "Request changes",
  REJECT: "Reject",
};

/** A review as the state rules see it: the decision, and what it was made on. */
export interface ReviewSnapshot {
  decision: ReviewDecision;
  claimVersion: number;
  fingerprint: string;
}

/** A claim's review state, and whether the claim changed since its latest review. */
export interface ClaimReviewState {
  state: ReviewState;
  /** The claim changed after its latest review (an approval has lapsed; a request may be answered). */
  changedSince: boolean;
  /** The claim version the latest review was made on. */
  reviewedVersion: number | null;
}

const BY_DECISION: Record<ReviewDecision, ReviewState> = {
  APPROVE: "APPROVED",
  REQUEST_CHANGES: "CHANGES_REQUESTED",
  REJECT: "REJECTED",
};

/**
 * The lapse rule: the latest review decides, and an approval holds only while
 * the claim's verdict, rationale, evidence and anchor are what the reviewer
 * saw (same fingerprint, same version); otherwise it has LAPSED ("approved at
 * v3, changed since") and the claim needs review again. A request for changes
 * or a rejection stays until a new review, but says the claim changed since.
 */
export function reviewStateOf(latest: ReviewSnapshot | null, current: { version: number; fingerprint: string }): ClaimReviewState {
  if (!latest) return { state: "NOT_REVIEWED", changedSince: false, reviewedVersion: null };
  const changedSince = latest.fingerprint !== current.fingerprint || latest.claimVersion !== current.version;
  const state = latest.decision === "APPROVE" && changedSince ? "LAPSED" : BY_DECISION[latest.decision];
  return { state, changedSince, reviewedVersion: latest.claimVersion };
}

/** Whether a claim in this state waits for a reviewer (the queue lists it). */
export function awaitsReview(state: ClaimReviewState): boolean {
  return state.state === "NOT_REVIEWED" || state.state === "LAPSED" || (state.state !== "APPROVED" && state.changedSince);
}

/** The badge's words: "Approved", "Approved at v3, changed since". */
export function reviewBadgeText(state: ClaimReviewState): string {
  if (state.state === "LAPSED") return `Approved at v${state.reviewedVersion}, changed since`;
  return REVIEW_STATE_LABELS[state.state];
}

/** A comment is required to request changes or reject; null when the review may be made. */
export function reviewCommentProblem(decision: ReviewDecision, comment: string | null | undefined): string | null {
  if (decision === "APPROVE" || (comment ?? "").trim()) return null;
  return decision === "REJECT" ? "Say why the verdict is wrong: a comment is required to reject." : "Say what to change: a comment is required to request changes.";
}
