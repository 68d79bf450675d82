import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import type { CreateSessionInput } from "@/lib/domain/sessions/session-input";
import type { Prisma } from "@/lib/generated/prisma/client";
import { validateRationale } from "@/lib/server/claims/validate-rationale";
import { recordAudit } from "@/lib/server/core/audit";
import { userNames } from "@/lib/server/core/user-names";
import { toSessionView } from "@/lib/server/sessions/session-view";

/**
 * Creates an annotation session (no articles yet: they are added and assigned
 * next). The brief is rich text validated like a rationale. Audited.
 * @throws AppError FORBIDDEN (reviewers and viewers), VALIDATION (brief)
 */
export async function createSession(actor: Actor, input: CreateSessionInput) {
  authorize(actor, "session.create");
  const brief = validateRationale(input.brief);
  const session = await getDb().$transaction(async (tx) => {
    const created = await tx.annotationSession.create({
      data: {
        workspaceId: actor.workspaceId,
        name: input.name,
        brief: (brief ?? undefined) as Prisma.InputJsonValue | undefined,
        deadline: input.deadline ?? null,
        anyReviewerMayReview: input.anyReviewerMayReview ?? false,
        publicationUrl: input.publicationUrl ?? null,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "session.created",
      entityType: "AnnotationSession",
      entityId: created.id,
      data: { name: created.name, deadline: created.deadline?.toISOString() ?? null },
    });
    return created;
  });
  return toSessionView(session, [], await userNames([actor.userId]));
}
