import "server-only";
import { getDb, type Tx } from "@/lib/db";
import { canSeeClaimLayer, seesAllLayers } from "@/lib/domain/agreement/layer-visibility";
import type { Actor } from "@/lib/domain/roles";
import { claimLayerSelect } from "@/lib/server/agreement/claim-layer-select";

/**
 * Live events (or any audit rows) the viewer may receive, as far as blind
 * double checks go: an event about a claim in a layer the viewer may not see
 * (canSeeClaimLayer) is left out. One query for the claims the batch names;
 * admins and reviewers get everything without one. For the event stream
 * (issue 8): `filterVisibleEvents(actor, events)` before sending a batch.
 */
export async function filterVisibleEvents<E extends { claimId: string | null }>(actor: Actor, events: readonly E[], tx: Tx = getDb()): Promise<E[]> {
  if (seesAllLayers(actor)) return [...events];
  const claimIds = [...new Set(events.flatMap((e) => (e.claimId ? [e.claimId] : [])))];
  if (claimIds.length === 0) return [...events];
  const layered = await tx.claim.findMany({
    where: { id: { in: claimIds }, layerSessionArticleId: { not: null } },
    select: claimLayerSelect,
  });
  const hidden = new Set(layered.filter((c) => !canSeeClaimLayer(actor, c, c.layerSessionArticle)).map((c) => c.id));
  return events.filter((e) => !e.claimId || !hidden.has(e.claimId));
}
