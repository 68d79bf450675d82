import "server-only";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import type { TeamMember } from "@/lib/factories/make-member";

/** Gives an existing member a role in another workspace; returns them as that workspace's actor. */
export async function makeMembership(member: TeamMember, workspaceId: string, role: Role): Promise<TeamMember> {
  await getDb().membership.create({ data: { workspaceId, userId: member.userId, role } });
  return { ...member, workspaceId, role };
}
