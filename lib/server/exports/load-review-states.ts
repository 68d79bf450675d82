import "server-only";
import type { Tx } from "@/lib/db";
import type { ClaimReviewStatus, SignOffStatus } from "@/lib/domain/exports/report-types";

/** Review and sign-off data of the claims, articles and session a report covers. */
export interface ReviewStates {
  /** By claim id; a claim missing here is "not reviewed". */
  claims: Map<string, ClaimReviewStatus>;
  /** By article id; a missing article is "not signed off". */
  articleSignOffs: Map<string, SignOffStatus>;
  /** The session's sign-off, when a session was asked about. */
  sessionSignOff: SignOffStatus | null;
}

/**
 * THE switch point for review data: every report, ClaimReview and export
 * reads claim reviews and sign-offs through this one function. Until the
 * review workflow (issue 9: Review and SignOff tables) lands, nothing is
 * reviewed or signed off, so reports say "not reviewed", carry the DRAFT
 * mark, and ClaimReview publishes only with `?drafts=true`. The lead replaces
 * the body with the review engineer's read function, mapping its rows to
 * ClaimReviewStatus (state, reviewer's name, date, claim version) and
 * SignOffStatus (by, at, superseded).
 */
export async function loadReviewStates(
  _db: Tx,
  _workspaceId: string,
  _scope: { claimIds: readonly string[]; articleIds: readonly string[]; sessionId?: string },
): Promise<ReviewStates> {
  return { claims: new Map(), articleSignOffs: new Map(), sessionSignOff: null };
}
