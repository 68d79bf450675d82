import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";

/** The members of the actor's workspace, admins first. Any member may see who else is in it. */
export async function listMembers(actor: Actor) {
  authorize(actor, "member.list");
  const rows = await getDb().membership.findMany({
    where: { workspaceId: actor.workspaceId },
    include: { user: { select: { id: true, email: true, name: true } } },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((m) => ({ membershipId: m.id, role: m.role, joinedAt: m.createdAt, ...m.user }));
}
