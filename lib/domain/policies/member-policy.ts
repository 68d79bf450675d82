import type { Actor, Role } from "@/lib/domain/roles";
import { inWorkspace, isAdmin, type WorkspaceScoped } from "@/lib/domain/policies/policy-helpers";

/** What the member rules look at: a membership of a workspace. */
export interface MembershipResource extends WorkspaceScoped {
  userId: string;
}

/** Any member may see who else is in the workspace. */
export const canListMembers = (_actor: Actor) => true;

/** Only admins manage members and roles (the members page, adding people). */
export const canManageMembers = (actor: Actor) => isAdmin(actor);

/** Changing a member's role: admins of that member's workspace. */
export const canChangeMemberRole = (actor: Actor, membership: MembershipResource) => inWorkspace(actor, membership) && isAdmin(actor);

/** Removing a member from the workspace: admins of that workspace. */
export const canRemoveMember = (actor: Actor, membership: MembershipResource) => inWorkspace(actor, membership) && isAdmin(actor);

export const memberRules = {
  "member.list": { allows: canListMembers, what: "see the members" },
  "member.manage": { allows: canManageMembers, what: "manage members" },
  "member.change_role": { allows: canChangeMemberRole, what: "change roles" },
  "member.remove": { allows: canRemoveMember, what: "remove members" },
};

/**
 * A workspace must keep at least one admin: refuse a change that demotes or
 * removes the last one. `newRole` is null for a removal.
 */
export function wouldRemoveLastAdmin(currentRole: Role, newRole: Role | null, adminCount: number): boolean {
  return currentRole === "ADMIN" && newRole !== "ADMIN" && adminCount <= 1;
}
