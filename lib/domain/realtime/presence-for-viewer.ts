import { canSeeLayer, type ClaimLayer } from "@/lib/domain/agreement/layer-visibility";
import type { PresenceEntry } from "@/lib/domain/realtime/live-event";
import type { Actor } from "@/lib/domain/roles";

/**
 * A presence entry as a viewer may see it. The person stays on the article;
 * but a claim in a blind layer the viewer may not see (canSeeClaimLayer) is
 * not named, nor that they are editing it: another checker must not learn
 * which claims a colleague tagged. `layer` null: the claim is in no layer.
 */
export function presenceForViewer(viewer: Actor, entry: PresenceEntry, layer: ClaimLayer | null | undefined): PresenceEntry {
  if (!entry.claimId || canSeeLayer(viewer, layer)) return entry;
  return { ...entry, claimId: null, editing: false };
}
