import type { Actor } from "@/lib/domain/roles";
import { inWorkspace, type WorkspaceScoped } from "@/lib/domain/policies/policy-helpers";

/**
 * Switching to a workspace: the actor must be the user's membership in that
 * very workspace (resolved from the user's memberships), whatever its role.
 */
export const canSwitchWorkspace = (actor: Actor, workspace: WorkspaceScoped) => inWorkspace(actor, workspace);

export const workspaceRules = {
  "workspace.switch": { allows: canSwitchWorkspace, what: "work in that workspace" },
};
