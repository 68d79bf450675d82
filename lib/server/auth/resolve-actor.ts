import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";

/**
 * Turns an authenticated user into an Actor for one workspace. The workspace
 * is the one asked for (cookie, header) when the user belongs to it; asking for
 * another workspace's id is refused as NOT_FOUND so ids leak nothing.
 * Without a preference the user's oldest membership is used.
 */
export async function resolveActor(userId: string, preferredWorkspaceId?: string | null): Promise<Actor> {
  const memberships = await getDb().membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { workspaceId: true, role: true },
  });
  if (memberships.length === 0) {
    throw new AppError("FORBIDDEN", "Your account does not belong to any workspace yet. Ask an admin to add you.");
  }
  const chosen = preferredWorkspaceId
    ? memberships.find((m) => m.workspaceId === preferredWorkspaceId)
    : memberships[0];
  if (!chosen) throw new AppError("NOT_FOUND", "That workspace does not exist or you are not a member of it.");
  return { userId, workspaceId: chosen.workspaceId, role: chosen.role };
}
