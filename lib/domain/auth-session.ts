/** Why a signed-in session ended before its time (AuthSession.endReason). */
export const SESSION_END_REASONS = ["SIGNED_OUT", "PASSWORD_CHANGED", "REMOVED_FROM_WORKSPACE"] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/** The longest a session lives, however active (the cookie's own idle limit is shorter). */
export const SESSION_MAX_DAYS = 30;

/** What the sign-in page says to someone whose session ended (null: nothing to explain). */
export function sessionEndedNotice(reason: string | undefined): string | null {
  switch (reason) {
    case "PASSWORD_CHANGED":
      return "Your password was changed, which signed out every session. Sign in with the new password.";
    case "REMOVED_FROM_WORKSPACE":
      return "An admin removed you from a workspace, which ended your session. Sign in again to go on in the workspaces you still belong to.";
    case "EXPIRED":
      return "Your session has ended. Sign in again.";
    default:
      return null;
  }
}
