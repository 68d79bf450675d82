import { hasEditorRights } from "@/lib/domain/policies/policy-helpers";
import type { Actor, Role } from "@/lib/domain/roles";

/** Where an article of a session stands. */
export const WORK_STATUSES = ["TO_DO", "IN_PROGRESS", "READY_FOR_REVIEW", "CHANGES_REQUESTED", "SIGNED_OFF"] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const WORK_STATUS_LABELS: Record<WorkStatus, string> = {
  TO_DO: "To do",
  IN_PROGRESS: "In progress",
  READY_FOR_REVIEW: "Ready for review",
  CHANGES_REQUESTED: "Changes requested",
  SIGNED_OFF: "Signed off",
};

/** Who makes a move: one of the article's assigned editors, or its reviewer. */
export type WorkParticipant = "editor" | "reviewer";

/** One allowed move of an article's work status, who makes it, and what its button says. */
export interface WorkMove {
  from: WorkStatus;
  to: WorkStatus;
  by: WorkParticipant;
  label: string;
}

/**
 * The one table of work-status moves. Editors start the work and hand it over;
 * the reviewer sends it back or signs it off (the review work, issue 9, makes
 * those two moves through `moveWorkStatus` when a review or sign-off is made).
 */
export const WORK_MOVES: readonly WorkMove[] = [
  { from: "TO_DO", to: "IN_PROGRESS", by: "editor", label: "Start work" },
  { from: "IN_PROGRESS", to: "READY_FOR_REVIEW", by: "editor", label: "Ready for review" },
  { from: "CHANGES_REQUESTED", to: "IN_PROGRESS", by: "editor", label: "Resume work" },
  { from: "CHANGES_REQUESTED", to: "READY_FOR_REVIEW", by: "editor", label: "Ready for review" },
  { from: "READY_FOR_REVIEW", to: "CHANGES_REQUESTED", by: "reviewer", label: "Request changes" },
  { from: "READY_FOR_REVIEW", to: "SIGNED_OFF", by: "reviewer", label: "Sign off" },
];

/** The article's assignment, as the work rules see it. */
export interface WorkAssignment {
  editorIds: readonly string[];
  reviewerId: string | null;
  /** The session lets any reviewer (REVIEWER or ADMIN) review, not only the assigned one. */
  anyReviewerMayReview: boolean;
}

/** Roles that may be assigned (and act) as an article's reviewer. */
export const REVIEWER_ROLES: readonly Role[] = ["ADMIN", "REVIEWER"];

/** Whether the actor may act as the article's editor: assigned, and still with editor rights. */
export function isAssignedEditor(actor: Actor, assignment: WorkAssignment): boolean {
  return hasEditorRights(actor) && assignment.editorIds.includes(actor.userId);
}

/**
 * Whether the actor may act as the article's reviewer: the assigned reviewer,
 * or any reviewer when the session allows it; always with a reviewing role
 * and never one of the article's own editors.
 */
export function isSessionReviewer(actor: Actor, assignment: WorkAssignment): boolean {
  if (!REVIEWER_ROLES.includes(actor.role) || assignment.editorIds.includes(actor.userId)) return false;
  return assignment.reviewerId === actor.userId || assignment.anyReviewerMayReview;
}

/** The move between two statuses, or undefined when the table has none. */
export function findWorkMove(from: WorkStatus, to: WorkStatus): WorkMove | undefined {
  return WORK_MOVES.find((m) => m.from === from && m.to === to);
}

/** Whether the actor may make this move on an article with this assignment. */
export function mayMakeWorkMove(actor: Actor, assignment: WorkAssignment, move: WorkMove): boolean {
  return move.by === "editor" ? isAssignedEditor(actor, assignment) : isSessionReviewer(actor, assignment);
}

/** The moves the actor may make from the article's status (the buttons My work and the dashboard show). */
export function workMovesFor(actor: Actor, assignment: WorkAssignment, from: WorkStatus): WorkMove[] {
  return WORK_MOVES.filter((m) => m.from === from && mayMakeWorkMove(actor, assignment, m));
}

/** Why the actor may not move the article from `from` to `to`, as a sentence (for a 403 or a 409). */
export function workMoveRefusal(actor: Actor, assignment: WorkAssignment, from: WorkStatus, to: WorkStatus): string {
  const move = findWorkMove(from, to);
  if (!move) return `An article cannot move from ${WORK_STATUS_LABELS[from].toLowerCase()} to ${WORK_STATUS_LABELS[to].toLowerCase()}.`;
  if (move.by === "editor") return `Only an editor assigned to this article may move it to ${WORK_STATUS_LABELS[to].toLowerCase()}.`;
  if (assignment.editorIds.includes(actor.userId)) return "You edit this article, so another reviewer must review it.";
  return assignment.anyReviewerMayReview
    ? `Only reviewers and admins may move an article to ${WORK_STATUS_LABELS[to].toLowerCase()}.`
    : `Only the article's assigned reviewer may move it to ${WORK_STATUS_LABELS[to].toLowerCase()}.`;
}

/**
 * A first edit by an assigned editor starts the work: tagging a claim on an
 * article still TO_DO moves it to IN_PROGRESS (audited as an automatic move).
 * Later edits never move it; handing over stays a deliberate step.
 */
export function startsWorkOnEdit(actor: Actor, assignment: WorkAssignment, status: WorkStatus): boolean {
  return status === "TO_DO" && isAssignedEditor(actor, assignment);
}

/** Editors are done with an article once it is handed over (or signed off). */
export const HANDED_OVER: readonly WorkStatus[] = ["READY_FOR_REVIEW", "SIGNED_OFF"];

/** Articles waiting on their editors (what My work counts). */
export const WITH_EDITOR: readonly WorkStatus[] = ["TO_DO", "IN_PROGRESS", "CHANGES_REQUESTED"];
