import "server-only";
import { getDb } from "@/lib/db";
import type { UpdateLinkInput } from "@/lib/domain/links/link-input";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/core/audit";
import { staleVersionError } from "@/lib/server/core/stale-version-error";
import { findPassageLink } from "@/lib/server/links/find-passage-link";
import { linkInclude, toLinkView } from "@/lib/server/links/link-view";
import { userNames } from "@/lib/server/core/user-names";

/**
 * Changes a link's relation or note. Optimistic locking: the write applies
 * only at the version the client saw; otherwise CONFLICT carries the current link.
 */
export async function updatePassageLink(actor: Actor, linkId: string, input: UpdateLinkInput) {
  const updated = await getDb().$transaction(async (tx) => {
    const before = await findPassageLink(tx, actor, linkId);
    authorize(actor, "link.update", before);
    const data: Prisma.PassageLinkUpdateManyMutationInput = { version: { increment: 1 }, updatedById: actor.userId };
    if (input.relation !== undefined) data.relation = input.relation;
    if (input.note !== undefined) data.note = input.note || null;
    const { count } = await tx.passageLink.updateMany({ where: { id: linkId, version: input.version }, data });
    if (count === 0) {
      throw await staleVersionError(tx, "link", await tx.passageLink.findUniqueOrThrow({ where: { id: linkId }, include: linkInclude }), toLinkView);
    }
    await recordAudit(tx, actor, {
      action: "link.updated",
      entityType: "PassageLink",
      entityId: linkId,
      articleId: before.claim.articleId,
      claimId: before.claimId,
      data: {
        targetArticleId: before.targetArticleId,
        version: input.version + 1,
        ...(input.relation !== undefined && input.relation !== before.relation ? { relation: { from: before.relation, to: input.relation } } : {}),
        ...(input.note !== undefined ? { noteChanged: true as const } : {}),
      },
    });
    return tx.passageLink.findUniqueOrThrow({ where: { id: linkId }, include: linkInclude });
  });
  return toLinkView(updated, await userNames([updated.createdById, updated.updatedById]));
}
