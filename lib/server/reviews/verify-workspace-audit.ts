import "server-only";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { workspaceStream } from "@/lib/server/core/audit";
import { verifyAuditChain } from "@/lib/server/core/verify-audit-chain";

/** Recomputes the actor's workspace audit chain (admins): whether it holds, and its first broken link. */
export async function verifyWorkspaceAudit(actor: Actor) {
  authorize(actor, "audit.verify");
  const { ok, events, firstBroken } = await verifyAuditChain(workspaceStream(actor.workspaceId));
  return { ok, events, firstBroken: firstBroken && { ...firstBroken, createdAt: firstBroken.createdAt?.toISOString() ?? null } };
}
