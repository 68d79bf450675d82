import "server-only";
import type { Tx } from "@/lib/db";
import { allChecksDone } from "@/lib/domain/agreement/layer-visibility";
import { AppError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";

/**
 * Where a claim the actor makes on the article goes: their own layer when
 * they are an assigned checker of a double check (open or in-review session)
 * that is still blind, or the article itself (null). A checker who already
 * marked their check done cannot add to a blind check any more.
 * @throws AppError CONFLICT when the actor's check is done and others are not
 */
export async function findClaimLayer(tx: Tx, actor: Actor, articleId: string) {
  const rows = await tx.sessionArticle.findMany({
    where: {
      articleId,
      doubleCheck: true,
      session: { workspaceId: actor.workspaceId, status: { in: ["OPEN", "IN_REVIEW"] } },
      editors: { some: { userId: actor.userId } },
    },
    select: { id: true, editors: { select: { userId: true, doneAt: true } } },
    orderBy: { addedAt: "asc" },
  });
  for (const row of rows) {
    if (allChecksDone(row)) continue;
    if (row.editors.find((e) => e.userId === actor.userId)?.doneAt) {
      throw new AppError("CONFLICT", "You marked your check of this article done; the reviewer can reopen it.");
    }
    return { layerSessionArticleId: row.id, layerEditorId: actor.userId };
  }
  return null;
}

/**
 * A layer claim may be changed by its editor only while the check is blind
 * and their check is not done (the layers are what agreement is measured on).
 * Reviewers and admins settle differences through reconciliation instead.
 * @throws AppError CONFLICT
 */
export async function assertLayerEditable(tx: Tx, claim: { layerSessionArticleId: string | null; layerEditorId: string | null }) {
  if (!claim.layerSessionArticleId) return;
  const editor = await tx.sessionArticleEditor.findUnique({
    where: { sessionArticleId_userId: { sessionArticleId: claim.layerSessionArticleId, userId: claim.layerEditorId ?? "" } },
    select: { doneAt: true },
  });
  if (editor?.doneAt) throw new AppError("CONFLICT", "This claim is in a checker's layer whose check is done; settle it in the disagreement queue.");
}
