import type { Actor } from "@/lib/domain/roles";

/** Anything that lives in one workspace: every resource a rule looks at, but API tokens. */
export interface WorkspaceScoped {
  workspaceId: string;
}

/**
 * One ability: its pure predicate and what a refusal says the role cannot do
 * ("tag claims" gives "Your role (viewer) does not allow you to tag claims.").
 * The predicate takes the actor alone for workspace-wide abilities, or the
 * actor and the minimal shape of the resource it acts on.
 */
export interface AbilityRule {
  allows: ((actor: Actor) => boolean) | ((actor: Actor, resource: never) => boolean);
  what: string;
  /**
   * A better refusal than "Your role does not allow…" when the role is not the
   * reason (one's own claim, another reviewer's assignment); null falls back to it.
   */
  denied?: (actor: Actor, resource: never) => string | null;
}

/** The resource is in the actor's current workspace (like Outline's isTeamModel). */
export const inWorkspace = (actor: Actor, resource: WorkspaceScoped) => resource.workspaceId === actor.workspaceId;

/** Admins manage the workspace, its members and roles. */
export const isAdmin = (actor: Actor) => actor.role === "ADMIN";

/** Importing, correcting and annotating articles is an editor's job; admins can do it too. */
export const hasEditorRights = (actor: Actor) => actor.role === "ADMIN" || actor.role === "EDITOR";

/** An editor's (or admin's) write on something of their own workspace. */
export const editsInWorkspace = (actor: Actor, resource: WorkspaceScoped) => inWorkspace(actor, resource) && hasEditorRights(actor);
