import "server-only";
import { getDb, type Tx } from "@/lib/db";
import { canSeeLayer, seesAllLayers } from "@/lib/domain/agreement/layer-visibility";
import type { Actor } from "@/lib/domain/roles";
import { claimLayers } from "@/lib/server/agreement/claim-layer-select";

/**
 * Live events (or any audit rows) the viewer may receive, as far as blind
 * double checks go: an event about a claim in a layer the viewer may not see
 * (canSeeClaimLayer) is left out. One query for the claims the batch names;
 * admins and reviewers get everything without one. The event stream uses it
 * for replays; live events carry their layer from the hub (read once per instance).
 */
export async function filterVisibleEvents<E extends { claimId: string | null }>(actor: Actor, events: readonly E[], tx: Tx = getDb()): Promise<E[]> {
  if (seesAllLayers(actor)) return [...events];
  const layers = await claimLayers(events.flatMap((e) => (e.claimId ? [e.claimId] : [])), tx);
  return events.filter((e) => !e.claimId || canSeeLayer(actor, layers.get(e.claimId)));
}
