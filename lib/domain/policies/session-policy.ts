import { inWorkspace, editsInWorkspace, hasEditorRights, type WorkspaceScoped } from "@/lib/domain/policies/policy-helpers";
import type { Actor } from "@/lib/domain/roles";
import { findSessionMove, SESSION_STATUS_LABELS, type SessionStatus } from "@/lib/domain/sessions/session-status";
import { findWorkMove, mayMakeWorkMove, workMoveRefusal, type WorkAssignment, type WorkStatus } from "@/lib/domain/sessions/work-status";

/** What the session rules look at: a session of a workspace. */
export type SessionResource = WorkspaceScoped;

/** A move of a session's status, as the rule sees it. */
export interface SessionMoveResource extends WorkspaceScoped {
  from: SessionStatus;
  to: SessionStatus;
}

/** A move of an article's work status in a session, with the article's assignment. */
export interface WorkMoveResource extends WorkspaceScoped, WorkAssignment {
  from: WorkStatus;
  to: WorkStatus;
}

/** A notification, which only its addressee reads. */
export interface NotificationResource extends WorkspaceScoped {
  userId: string;
}

/** Every member sees the workspace's sessions. */
export const canListSessions = (_actor: Actor) => true;

/** Every member may open each session of their workspace (its dashboard). */
export const canReadSession = (actor: Actor, session: SessionResource) => inWorkspace(actor, session);

/** Gathering articles into a session is a desk lead's job: admins and editors. */
export const canCreateSession = (actor: Actor) => hasEditorRights(actor);

/** Renaming a session, its brief, deadline and settings: admins and editors. */
export const canUpdateSession = (actor: Actor, session: SessionResource) => editsInWorkspace(actor, session);

/** Adding, assigning, reassigning and removing a session's articles: admins and editors. */
export const canAssignSessionArticles = (actor: Actor, session: SessionResource) => editsInWorkspace(actor, session);

/** Moving a session's status: the roles the move's row of SESSION_MOVES names (lib/domain/sessions). */
export const canMoveSession = (actor: Actor, move: SessionMoveResource) =>
  inWorkspace(actor, move) && Boolean(findSessionMove(move.from, move.to)?.roles.includes(actor.role));

/** Moving an article's work status: its assigned editor or its reviewer, as WORK_MOVES says. */
export const canMoveWorkStatus = (actor: Actor, move: WorkMoveResource) => {
  const row = findWorkMove(move.from, move.to);
  return inWorkspace(actor, move) && Boolean(row && mayMakeWorkMove(actor, move, row));
};

/** Notifications are private: only their addressee lists them and marks them read. */
export const canReadNotification = (actor: Actor, notification: NotificationResource) =>
  inWorkspace(actor, notification) && notification.userId === actor.userId;

export const sessionRules = {
  "session.list": { allows: canListSessions, what: "see sessions" },
  "session.read": { allows: canReadSession, what: "see sessions" },
  "session.create": { allows: canCreateSession, what: "create sessions" },
  "session.update": { allows: canUpdateSession, what: "edit sessions" },
  "session.assign": { allows: canAssignSessionArticles, what: "assign a session's articles" },
  "session.move": {
    allows: canMoveSession,
    what: "change a session's status",
    denied: (actor: Actor, move: SessionMoveResource) => {
      const row = findSessionMove(move.from, move.to);
      if (!row) return `A session cannot move from ${SESSION_STATUS_LABELS[move.from].toLowerCase()} to ${SESSION_STATUS_LABELS[move.to].toLowerCase()}.`;
      const who = row.roles.map((r) => `${r.toLowerCase()}s`).join(" and ");
      return `Only ${who} may ${row.label.toLowerCase()}; your role is ${actor.role.toLowerCase()}.`;
    },
  },
  "session_article.move": {
    allows: canMoveWorkStatus,
    what: "change this article's work status",
    denied: (actor: Actor, move: WorkMoveResource) => workMoveRefusal(actor, move, move.from, move.to),
  },
  "notification.read": { allows: canReadNotification, what: "read another member's notifications" },
};
