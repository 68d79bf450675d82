import "server-only";
import { getDb, type Tx } from "@/lib/db";
import type { ClaimLayer, LayerSessionArticle } from "@/lib/domain/agreement/layer-visibility";

/** A claim's blind layer and that layer's session article (reviewer, editors and their done marks), as canSeeClaimLayer needs them. */
export const claimLayerSelect = {
  id: true,
  layerSessionArticleId: true,
  layerEditorId: true,
  layerSessionArticle: { select: { id: true, reviewerId: true, editors: { select: { userId: true, doneAt: true } } } },
} as const;

interface LayerRow {
  layerSessionArticleId: string | null;
  layerEditorId: string | null;
  layerSessionArticle: LayerSessionArticle | null;
}

/** A claim row read with claimLayerSelect as a ClaimLayer (null: in no layer). */
export const layerOf = (claim: LayerRow): ClaimLayer | null =>
  claim.layerSessionArticleId
    ? { claim: { layerSessionArticleId: claim.layerSessionArticleId, layerEditorId: claim.layerEditorId }, sessionArticle: claim.layerSessionArticle }
    : null;

/** The layers of the layered claims among `claimIds`, in one query (a claim in no layer is absent). */
export async function claimLayers(claimIds: readonly string[], tx: Tx = getDb()): Promise<Map<string, ClaimLayer>> {
  const ids = [...new Set(claimIds)];
  if (ids.length === 0) return new Map();
  const rows = await tx.claim.findMany({ where: { id: { in: ids }, layerSessionArticleId: { not: null } }, select: claimLayerSelect });
  return new Map(rows.flatMap((row) => {
    const layer = layerOf(row);
    return layer ? [[row.id, layer] as const] : [];
  }));
}
