/** The cookie that remembers which of their workspaces a user is working in. */
export const WORKSPACE_COOKIE = "cc_workspace";
