import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import { wouldRemoveLastAdmin } from "@/lib/domain/policies/member-policy";
import type { Actor, Role } from "@/lib/domain/roles";
import { recordAudit } from "@/lib/server/core/audit";
import { lockWorkspaceMembers } from "@/lib/server/members/lock-workspace-members";

/** Changes a member's role; the last admin cannot be demoted. */
export async function changeMemberRole(actor: Actor, membershipId: string, role: Role) {
  return getDb().$transaction(async (tx) => {
    await lockWorkspaceMembers(tx, actor.workspaceId);
    const membership = await tx.membership.findFirst({ where: { id: membershipId, workspaceId: actor.workspaceId } });
    if (!membership) throw new AppError("NOT_FOUND", "That member does not exist in this workspace.");
    authorize(actor, "member.change_role", membership);
    const admins = await tx.membership.count({ where: { workspaceId: actor.workspaceId, role: "ADMIN" } });
    if (wouldRemoveLastAdmin(membership.role, role, admins)) {
      throw new AppError("CONFLICT", "This is the workspace's last admin: make someone else an admin first.");
    }
    const updated = await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await recordAudit(tx, actor, {
      action: "member.role_changed",
      entityType: "Membership",
      entityId: membership.id,
      data: { userId: membership.userId, from: membership.role, to: role },
    });
    return updated;
  });
}
