import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { recordAccountAudit } from "@/lib/server/core/audit";
import { hashApiToken } from "@/lib/server/auth/api-token-hash";

/**
 * Creates a personal API token for the actor. The secret is returned once and
 * only its hash is stored.
 */
export async function createApiToken(actor: Actor, name: string) {
  authorize(actor, "token.create");
  const secret = randomBytes(32).toString("base64url");
  const token = `cc_${secret}`;
  const prefix = token.slice(0, 10);
  return getDb().$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: actor.userId, name, tokenHash: hashApiToken(token), prefix },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    await recordAccountAudit(tx, actor.userId, { action: "api_token.created", entityType: "ApiToken", entityId: row.id, data: { name } });
    return { ...row, token };
  });
}
