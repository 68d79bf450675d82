import "server-only";
import type { Role } from "@/lib/domain/roles";
import { makeMember, type TeamMember } from "@/lib/factories/make-member";
import { makeWorkspace } from "@/lib/factories/make-workspace";

/** A workspace with one member per role. */
export interface Team {
  workspaceId: string;
  workspaceName: string;
  admin: TeamMember;
  editor: TeamMember;
  reviewer: TeamMember;
  viewer: TeamMember;
}

/**
 * A new workspace (named "<label> <suffix>") with an admin, an editor, a
 * reviewer and a viewer, all with TEST_PASSWORD unless `password` is given.
 * More members: makeMember(team.workspaceId, role).
 */
export async function makeTeam(label = "Desk", { password }: { password?: string } = {}): Promise<Team> {
  const workspace = await makeWorkspace({ label });
  // One after the other, so the members list in the order of their roles.
  const member = (role: Role) => makeMember(workspace.id, role, { password });
  const admin = await member("ADMIN");
  const editor = await member("EDITOR");
  const reviewer = await member("REVIEWER");
  const viewer = await member("VIEWER");
  return { workspaceId: workspace.id, workspaceName: workspace.name, admin, editor, reviewer, viewer };
}
