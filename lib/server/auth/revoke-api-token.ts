import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAccountAudit } from "@/lib/server/core/audit";

/** Revokes one of the actor's own tokens; it stops working at once. */
export async function revokeApiToken(actor: Actor, tokenId: string) {
  await getDb().$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId: actor.userId } });
    if (!token) throw new AppError("NOT_FOUND", "That token does not exist.");
    authorize(actor, "token.revoke", token);
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordAccountAudit(tx, actor.userId, { action: "api_token.revoked", entityType: "ApiToken", entityId: token.id, data: { name: token.name } });
  });
}
