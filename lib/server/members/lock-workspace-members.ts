import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Serialises role changes within one workspace, so two admins demoting each
 * other at the same moment cannot leave the workspace without an admin.
 */
export async function lockWorkspaceMembers(tx: Tx, workspaceId: string) {
  await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`;
}
