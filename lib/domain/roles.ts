/** Workspace roles, from most to least powerful. */
export const ROLES = ["ADMIN", "EDITOR", "REVIEWER", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting, in which workspace, with which role. Built on the server only. */
export interface Actor {
  userId: string;
  workspaceId: string;
  role: Role;
}

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Admin",
  EDITOR: "Editor",
  REVIEWER: "Reviewer",
  VIEWER: "Viewer",
};
