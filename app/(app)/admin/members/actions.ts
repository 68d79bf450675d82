"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/page-actor";
import { addMemberSchema, idSchema, roleSchema } from "@/lib/domain/validation";
import { formObject, parseInput, runAction } from "@/lib/http/action-result";
import { addMember } from "@/lib/server/members/add-member";
import { changeMemberRole } from "@/lib/server/members/change-member-role";
import { removeMember } from "@/lib/server/members/remove-member";

export async function addMemberAction(formData: FormData) {
  return runAction(async () => {
    const actor = await actionActor();
    const result = await addMember(actor, parseInput(addMemberSchema, formObject(formData)));
    revalidatePath("/admin/members");
    return result;
  });
}

export async function changeMemberRoleAction(membershipId: string, role: string) {
  return runAction(async () => {
    const actor = await actionActor();
    await changeMemberRole(actor, parseInput(idSchema, membershipId), parseInput(roleSchema, role));
    revalidatePath("/admin/members");
    return null;
  });
}

export async function removeMemberAction(membershipId: string) {
  return runAction(async () => {
    const actor = await actionActor();
    await removeMember(actor, parseInput(idSchema, membershipId));
    revalidatePath("/admin/members");
    return null;
  });
}
