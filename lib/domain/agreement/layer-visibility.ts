import type { Actor } from "@/lib/domain/roles";

/** Where a claim sits: in an editor's blind layer of a double-checked session article, or not (both null). */
export interface ClaimLayerRef {
  layerSessionArticleId: string | null;
  layerEditorId: string | null;
}

/** The double-checked session article a layer belongs to, as visibility needs it. */
export interface LayerSessionArticle {
  id: string;
  reviewerId: string | null;
  editors: readonly { userId: string; doneAt: Date | string | null }[];
}

/** A claim's layer with its session article: what canSeeLayer needs (null: the claim is in no layer). */
export interface ClaimLayer {
  claim: ClaimLayerRef;
  sessionArticle: LayerSessionArticle | null;
}

/** Every assigned editor has marked their check done: the layers are open to the checkers. */
export const allChecksDone = (sa: Pick<LayerSessionArticle, "editors">) => sa.editors.length > 0 && sa.editors.every((e) => e.doneAt !== null);

/** Admins and reviewers see every layer, labelled by editor (they settle the differences). */
export const seesAllLayers = (viewer: Pick<Actor, "role">) => viewer.role === "ADMIN" || viewer.role === "REVIEWER";

/**
 * Whether the viewer may see a claim, as far as blind double checking goes
 * (the workspace check is the caller's). A claim outside any layer: yes. A
 * layer claim: its own editor, admins, reviewers and the article's assigned
 * reviewer; the other assigned checkers only once every one of them marked
 * the article done; nobody else (a layer is not the article's claims).
 * Every read path applies this rule: lib/server/agreement/visible-claims-where.ts
 * is its query form, and the live event stream calls it per claim event.
 */
export function canSeeClaimLayer(viewer: Actor, claim: ClaimLayerRef, sessionArticle: LayerSessionArticle | null): boolean {
  if (!claim.layerSessionArticleId) return true;
  if (claim.layerEditorId === viewer.userId || seesAllLayers(viewer)) return true;
  if (!sessionArticle || sessionArticle.id !== claim.layerSessionArticleId) return false;
  if (sessionArticle.reviewerId === viewer.userId) return true;
  return allChecksDone(sessionArticle) && sessionArticle.editors.some((e) => e.userId === viewer.userId);
}

/** canSeeClaimLayer for a claim's layer as ClaimLayer (null or undefined: a claim in no layer, visible). */
export const canSeeLayer = (viewer: Actor, layer: ClaimLayer | null | undefined): boolean =>
  !layer || canSeeClaimLayer(viewer, layer.claim, layer.sessionArticle);
