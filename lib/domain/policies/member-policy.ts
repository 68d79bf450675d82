import type { Role } from "@/lib/domain/roles";

/** Only admins manage members and roles. */
export const canManageMembers = (role: Role) => role === "ADMIN";

/**
 * A workspace must keep at least one admin: refuse a change that demotes or
 * removes the last one. `newRole` is null for a removal.
 */
export function wouldRemoveLastAdmin(currentRole: Role, newRole: Role | null, adminCount: number): boolean {
  return currentRole === "ADMIN" && newRole !== "ADMIN" && adminCount <= 1;
}
