import { canSeeClaimLayer, type ClaimLayerRef, type LayerSessionArticle } from "@/lib/domain/agreement/layer-visibility";
import type { PresenceEntry } from "@/lib/domain/realtime/live-event";
import type { Actor } from "@/lib/domain/roles";

/** The open claim of a presence entry, as blind double checks need it: its layer and the layer's session article. */
export interface PresenceClaimLayer {
  claim: ClaimLayerRef;
  sessionArticle: LayerSessionArticle | null;
}

/**
 * A presence entry as a viewer may see it. The person stays on the article;
 * but a claim in a blind layer the viewer may not see (canSeeClaimLayer) is
 * not named, nor that they are editing it: another checker must not learn
 * which claims a colleague tagged. `layer` null: the claim is in no layer.
 */
export function presenceForViewer(viewer: Actor, entry: PresenceEntry, layer: PresenceClaimLayer | null | undefined): PresenceEntry {
  if (!entry.claimId || !layer || canSeeClaimLayer(viewer, layer.claim, layer.sessionArticle)) return entry;
  return { ...entry, claimId: null, editing: false };
}
