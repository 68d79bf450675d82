import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { normalizeEmail } from "@/lib/domain/email";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { addMemberSchema } from "@/lib/domain/validation";
import { recordAudit } from "@/lib/server/core/audit";
import { hashPassword } from "@/lib/server/auth/password";

/**
 * Adds a person to the actor's workspace. An existing account (same e-mail) is
 * added as it is; otherwise an account is created with the given password.
 */
export async function addMember(actor: Actor, input: z.infer<typeof addMemberSchema>) {
  authorize(actor, "member.manage");
  const db = getDb();
  const email = normalizeEmail(input.email);
  const existing = await db.user.findUnique({ where: { email } });
  if (!existing && !input.password) {
    throw new AppError("VALIDATION", "This e-mail has no account yet: set a first password for it.", {
      fieldErrors: { password: ["Set a first password for the new account."] },
    });
  }
  const passwordHash = existing ? null : await hashPassword(input.password!);
  return db.$transaction(async (tx) => {
    const user =
      existing ?? (await tx.user.create({ data: { email, name: input.name, passwordHash: passwordHash! } }));
    const already = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: actor.workspaceId, userId: user.id } },
    });
    if (already) throw new AppError("CONFLICT", `${email} is already a member of this workspace.`);
    const membership = await tx.membership.create({
      data: { workspaceId: actor.workspaceId, userId: user.id, role: input.role },
    });
    await recordAudit(tx, actor, {
      action: "member.added",
      entityType: "Membership",
      entityId: membership.id,
      data: { userId: user.id, email: user.email, role: input.role, accountCreated: !existing },
    });
    return { membershipId: membership.id, userId: user.id, email: user.email, role: membership.role, accountCreated: !existing };
  });
}
