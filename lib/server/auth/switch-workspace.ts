import "server-only";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { resolveActor } from "@/lib/server/auth/resolve-actor";

/**
 * The user as an actor of another of their workspaces, for switching to it.
 * @throws AppError NOT_FOUND when the user is not a member of it (ids leak nothing)
 */
export async function switchWorkspace(userId: string, workspaceId: string): Promise<Actor> {
  const actor = await resolveActor(userId, workspaceId);
  authorize(actor, "workspace.switch", { workspaceId });
  return actor;
}
