import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Appends one AuditEvent inside the caller's transaction, so a change and its
 * audit row commit or fail together.
 */
export function recordAudit(
  tx: Tx,
  actor: Pick<Actor, "workspaceId" | "userId">,
  action: string,
  entity: { type: string; id: string },
  data: Prisma.InputJsonValue = {},
) {
  return tx.auditEvent.create({
    data: {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action,
      entityType: entity.type,
      entityId: entity.id,
      data,
    },
  });
}
