import "server-only";
import { getDb } from "@/lib/db";
import { ROLE_LABELS, type Actor, type Role } from "@/lib/domain/roles";
import { passwordHashFor, TEST_PASSWORD } from "@/lib/factories/password-hash";
import { uniqueSuffix } from "@/lib/factories/unique-suffix";

/** A user as a member of one workspace: an Actor for lib/server calls, plus what signing in needs. */
export interface TeamMember extends Actor {
  email: string;
  name: string;
  /** The plain password (for the sign-in form); only its hash is stored. */
  password: string;
}

export interface MemberSpec {
  /** Unique by default ("<role>-<suffix>@example.test"). */
  email?: string;
  /** "<Role> <suffix>" by default. */
  name?: string;
  /** TEST_PASSWORD by default. */
  password?: string;
}

/**
 * A new user with a membership in the workspace, written directly rather than
 * through addMember: that operation needs an admin actor and writes an audit
 * row, and tests count a workspace's audit rows.
 */
export async function makeMember(workspaceId: string, role: Role, spec: MemberSpec = {}): Promise<TeamMember> {
  const suffix = uniqueSuffix();
  const email = spec.email ?? `${role.toLowerCase()}-${suffix}@example.test`;
  const name = spec.name ?? `${ROLE_LABELS[role]} ${suffix}`;
  const password = spec.password ?? TEST_PASSWORD;
  const membership = await getDb().membership.create({
    data: { role, workspace: { connect: { id: workspaceId } }, user: { create: { email, name, passwordHash: await passwordHashFor(password) } } },
    select: { userId: true },
  });
  return { userId: membership.userId, workspaceId, role, email, name, password };
}
