"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/page-actor";
import { createTokenSchema, idSchema } from "@/lib/domain/validation";
import { formObject, parseInput, runAction } from "@/lib/http/action-result";
import { createApiToken } from "@/lib/server/auth/create-api-token";
import { revokeApiToken } from "@/lib/server/auth/revoke-api-token";

export async function createTokenAction(formData: FormData) {
  return runAction(async () => {
    const actor = await actionActor();
    const { name } = parseInput(createTokenSchema, formObject(formData));
    const token = await createApiToken(actor, name);
    revalidatePath("/settings/tokens");
    return { name: token.name, token: token.token };
  });
}

export async function revokeTokenAction(tokenId: string) {
  return runAction(async () => {
    const actor = await actionActor();
    await revokeApiToken(actor, parseInput(idSchema, tokenId));
    revalidatePath("/settings/tokens");
    return null;
  });
}
