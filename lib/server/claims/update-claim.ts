import "server-only";
import { getDb } from "@/lib/db";
import type { UpdateClaimInput } from "@/lib/domain/claims/claim-input";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/core/audit";
import { staleVersionError } from "@/lib/server/core/stale-version-error";
import { claimInclude, toClaimView } from "@/lib/server/claims/claim-view";
import { findClaim } from "@/lib/server/claims/find-claim";
import { userNames } from "@/lib/server/core/user-names";
import { validateRationale } from "@/lib/server/claims/validate-rationale";
import { supersedeSignOff } from "@/lib/server/reviews/supersede-sign-off";
import { assertLayerEditable } from "@/lib/server/agreement/find-claim-layer";

/**
 * Re-rates a claim or edits its rationale. Optimistic locking: the write
 * applies only if the claim is still at the version the client saw; otherwise
 * CONFLICT carries the current claim so the user can see what changed.
 */
export async function updateClaim(actor: Actor, articleId: string, claimId: string, input: UpdateClaimInput) {
  const rationale = validateRationale(input.rationale);
  const db = getDb();
  const updated = await db.$transaction(async (tx) => {
    const before = await findClaim(tx, actor, articleId, claimId);
    authorize(actor, "claim.update", before);
    await assertLayerEditable(tx, before);
    const data: Prisma.ClaimUpdateManyMutationInput = { version: { increment: 1 }, updatedById: actor.userId };
    if (input.verdict !== undefined) data.verdict = input.verdict;
    // Re-rating is checking the claim again: a "text changed since it was rated" flag clears.
    const textRechecked = input.verdict !== undefined && before.textChangedAt !== null;
    if (textRechecked) Object.assign(data, { textChangedAt: null, previousText: null });
    if (rationale !== undefined) data.rationale = rationale === null ? Prisma.DbNull : (rationale as Prisma.InputJsonValue);
    const { count } = await tx.claim.updateMany({ where: { id: claimId, version: input.version, deletedAt: null }, data });
    if (count === 0) {
      throw await staleVersionError(tx, "claim", await tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude }), toClaimView);
    }
    // Before this change's audit row: the audit stream's lock is held from there to commit.
    await supersedeSignOff(tx, actor, articleId, "claim_changed");
    await recordAudit(tx, actor, {
      action: "claim.updated",
      entityType: "Claim",
      entityId: claimId,
      articleId,
      claimId,
      data: {
        version: input.version + 1,
        ...(input.verdict !== undefined && input.verdict !== before.verdict ? { verdict: { from: before.verdict, to: input.verdict } } : {}),
        ...(rationale !== undefined ? { rationaleChanged: true as const } : {}),
        ...(textRechecked ? { textRechecked: true as const } : {}),
      },
    });
    return tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimInclude });
  });
  return toClaimView(updated, await userNames([updated.createdById, updated.updatedById]));
}
