import "server-only";

/** A claim's blind layer and that layer's session article (reviewer, editors and their done marks), as canSeeClaimLayer needs them. */
export const claimLayerSelect = {
  id: true,
  layerSessionArticleId: true,
  layerEditorId: true,
  layerSessionArticle: { select: { id: true, reviewerId: true, editors: { select: { userId: true, doneAt: true } } } },
} as const;
