import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import { wouldRemoveLastAdmin } from "@/lib/domain/policies/member-policy";
import type { Actor } from "@/lib/domain/roles";
import { endAuthSessions } from "@/lib/server/auth/end-auth-sessions";
import { recordAudit } from "@/lib/server/core/audit";
import { lockWorkspaceMembers } from "@/lib/server/members/lock-workspace-members";

/**
 * Removes a member from the workspace (the account stays) and ends their
 * signed-in sessions, so an open page cannot go on acting; the last admin
 * cannot be removed.
 */
export async function removeMember(actor: Actor, membershipId: string) {
  await getDb().$transaction(async (tx) => {
    await lockWorkspaceMembers(tx, actor.workspaceId);
    const membership = await tx.membership.findFirst({ where: { id: membershipId, workspaceId: actor.workspaceId } });
    if (!membership) throw new AppError("NOT_FOUND", "That member does not exist in this workspace.");
    authorize(actor, "member.remove", membership);
    const admins = await tx.membership.count({ where: { workspaceId: actor.workspaceId, role: "ADMIN" } });
    if (wouldRemoveLastAdmin(membership.role, null, admins)) {
      throw new AppError("CONFLICT", "This is the workspace's last admin and cannot be removed.");
    }
    await tx.membership.delete({ where: { id: membership.id } });
    await endAuthSessions({ userId: membership.userId }, "REMOVED_FROM_WORKSPACE", tx);
    await recordAudit(tx, actor, {
      action: "member.removed",
      entityType: "Membership",
      entityId: membership.id,
      data: { userId: membership.userId, role: membership.role },
    });
  });
}
