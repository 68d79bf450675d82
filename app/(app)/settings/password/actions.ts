"use server";

import { actionActor } from "@/lib/auth/page-actor";
import { issueSessionCookie } from "@/lib/auth/session-cookie";
import { changePasswordSchema } from "@/lib/domain/validation";
import { formObject, parseInput, runAction } from "@/lib/http/action-result";
import { changePassword } from "@/lib/server/auth/change-password";

/** Changes the password, ends every session of the account, and continues this browser in a new one. */
export async function changePasswordAction(formData: FormData) {
  return runAction(async () => {
    const actor = await actionActor();
    const { sessionId } = await changePassword(actor.userId, parseInput(changePasswordSchema, formObject(formData)));
    await issueSessionCookie(actor.userId, sessionId);
    return null;
  });
}
