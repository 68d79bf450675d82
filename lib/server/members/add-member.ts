import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { normalizeEmail } from "@/lib/domain/email";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { addMemberSchema } from "@/lib/domain/validation";
import { recordAudit } from "@/lib/server/core/audit";
import { isUniqueViolation } from "@/lib/server/core/is-unique-violation";
import { hashPassword } from "@/lib/server/auth/password";

type AddMemberInput = z.infer<typeof addMemberSchema>;

/**
 * Adds a person to the actor's workspace. An existing account (same e-mail) is
 * added as it is; otherwise an account is created with the given password.
 * @throws AppError CONFLICT when the person is already a member (also when
 *   two admins add the same e-mail at the same moment: one of them wins)
 */
export async function addMember(actor: Actor, input: AddMemberInput) {
  authorize(actor, "member.manage");
  const email = normalizeEmail(input.email);
  try {
    return await addOnce(actor, email, input);
  } catch (error) {
    // A concurrent request created the account or the membership first (unique
    // e-mail, unique workspace+user). Run again: it now finds the account, adds
    // it as it is, or says the person is already a member.
    if (!isUniqueViolation(error)) throw error;
    try {
      return await addOnce(actor, email, input);
    } catch (again) {
      if (isUniqueViolation(again)) throw new AppError("CONFLICT", `${email} was being added by someone else at the same moment. Reload the member list.`);
      throw again;
    }
  }
}

async function addOnce(actor: Actor, email: string, input: AddMemberInput) {
  const db = getDb();
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
