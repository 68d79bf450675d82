import type { Role } from "@/lib/domain/roles";

/** A session's life: work, review, sign-off; CLOSED keeps it read-only (an admin may reopen it). */
export const SESSION_STATUSES = ["OPEN", "IN_REVIEW", "SIGNED_OFF", "CLOSED"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  OPEN: "Open",
  IN_REVIEW: "In review",
  SIGNED_OFF: "Signed off",
  CLOSED: "Closed",
};

/** One allowed move of a session's status, who may make it, and what the button says. */
export interface SessionMove {
  from: SessionStatus;
  to: SessionStatus;
  roles: readonly Role[];
  label: string;
  /** Undoing a sign-off or a close: audited with a reason, which the move requires. */
  needsReason?: true;
  /** Only when every article of the session is signed off (and there is at least one). */
  needsAllSignedOff?: true;
}

const MANAGERS: readonly Role[] = ["ADMIN", "EDITOR"];
const SIGNERS: readonly Role[] = ["ADMIN", "REVIEWER"];
const ADMINS: readonly Role[] = ["ADMIN"];

/**
 * Every move of a session's status. Desk leads (admins and editors) move work
 * into review and back, and close a session; reviewers and admins sign it off
 * once every article is signed off (the review work also does this on its own
 * when the last article is signed off); only an admin reopens a signed-off or
 * closed session, with a reason.
 */
export const SESSION_MOVES: readonly SessionMove[] = [
  { from: "OPEN", to: "IN_REVIEW", roles: MANAGERS, label: "Move to review" },
  { from: "IN_REVIEW", to: "OPEN", roles: MANAGERS, label: "Back to work" },
  { from: "OPEN", to: "SIGNED_OFF", roles: SIGNERS, label: "Sign off session", needsAllSignedOff: true },
  { from: "IN_REVIEW", to: "SIGNED_OFF", roles: SIGNERS, label: "Sign off session", needsAllSignedOff: true },
  { from: "OPEN", to: "CLOSED", roles: MANAGERS, label: "Close session" },
  { from: "IN_REVIEW", to: "CLOSED", roles: MANAGERS, label: "Close session" },
  { from: "SIGNED_OFF", to: "CLOSED", roles: MANAGERS, label: "Close session" },
  { from: "SIGNED_OFF", to: "OPEN", roles: ADMINS, label: "Reopen", needsReason: true },
  { from: "CLOSED", to: "OPEN", roles: ADMINS, label: "Reopen", needsReason: true },
];

/** The move from one status to another, or undefined when there is none. */
export function findSessionMove(from: SessionStatus, to: SessionStatus): SessionMove | undefined {
  return SESSION_MOVES.find((m) => m.from === from && m.to === to);
}

/** The moves a role may make from a status (the buttons a dashboard shows). */
export function sessionMovesFor(role: Role, from: SessionStatus): SessionMove[] {
  return SESSION_MOVES.filter((m) => m.from === from && m.roles.includes(role));
}

/** OPEN and IN_REVIEW sessions take changes; SIGNED_OFF and CLOSED ones are read-only until reopened. */
export function isSessionWritable(status: SessionStatus): boolean {
  return status === "OPEN" || status === "IN_REVIEW";
}

/** Why a session refuses changes, for the 409 a write gets (null when it takes them). */
export function sessionReadOnlyReason(status: SessionStatus): string | null {
  if (status === "CLOSED") return "This session is closed and kept read-only. An admin may reopen it.";
  if (status === "SIGNED_OFF") return "This session is signed off and read-only. An admin may reopen it.";
  return null;
}

/** Why a status move cannot happen now: the session's state (a conflict) or a missing reason (bad input). */
export interface SessionMoveProblem {
  kind: "conflict" | "reason";
  message: string;
}

/**
 * Why a status move cannot happen now (null when it can): no such move, the
 * session is not ready for it, or a reopening without a reason. Who may make
 * it is the session policy's business.
 */
export function sessionMoveProblem(
  from: SessionStatus,
  to: SessionStatus,
  state: { articles: number; signedOff: number; reason?: string | null },
): SessionMoveProblem | null {
  const conflict = (message: string): SessionMoveProblem => ({ kind: "conflict", message });
  if (from === to) return conflict(`The session is already ${SESSION_STATUS_LABELS[to].toLowerCase()}.`);
  const move = findSessionMove(from, to);
  if (!move) return conflict(`A session cannot move from ${SESSION_STATUS_LABELS[from].toLowerCase()} to ${SESSION_STATUS_LABELS[to].toLowerCase()}.`);
  if (move.needsAllSignedOff && (state.articles === 0 || state.signedOff < state.articles)) {
    return conflict(
      state.articles === 0
        ? "A session without articles cannot be signed off."
        : `Only ${state.signedOff} of ${state.articles} articles are signed off; sign off every article first.`,
    );
  }
  if (move.needsReason && !state.reason?.trim()) return { kind: "reason", message: "Say why the session is reopened: the reason is kept in its history." };
  return null;
}
