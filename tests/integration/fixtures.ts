import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Actor, Role } from "@/lib/domain/roles";
import { hashPassword } from "@/lib/server/auth/password";

export const TEST_PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | undefined;

/** A workspace with one member per role; every call makes new, unique rows. */
export async function createTeam(label = "team") {
  const db = getDb();
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const suffix = randomUUID().slice(0, 8);
  const workspace = await db.workspace.create({ data: { name: `${label} ${suffix}`, slug: `${label}-${suffix}` } });
  const actors = {} as Record<Role, Actor & { email: string }>;
  for (const role of ["ADMIN", "EDITOR", "REVIEWER", "VIEWER"] as Role[]) {
    const email = `${role.toLowerCase()}-${suffix}@example.test`;
    const user = await db.user.create({ data: { email, name: `${role} ${suffix}`, passwordHash: await passwordHash } });
    await db.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role } });
    actors[role] = { userId: user.id, workspaceId: workspace.id, role, email };
  }
  return { workspace, ...actors, admin: actors.ADMIN, editor: actors.EDITOR, reviewer: actors.REVIEWER, viewer: actors.VIEWER };
}

/** Expects a promise to reject with an AppError of the given code. */
export async function expectAppError(promise: Promise<unknown>, code: string) {
  try {
    await promise;
  } catch (error) {
    const actual = (error as { code?: string }).code;
    if (actual !== code) throw new Error(`Expected AppError ${code}, got ${actual ?? String(error)}`);
    return error as Error;
  }
  throw new Error(`Expected AppError ${code}, but the call succeeded`);
}
