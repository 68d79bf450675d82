import type { Verdict } from "@/lib/domain/claims/verdicts";
import { UnionFind } from "@/lib/domain/graph/union-find";
import { matchSpans, DEFAULT_OVERLAP_THRESHOLD, type Span } from "@/lib/domain/agreement/span-matching";

/** A claim in one editor's layer, as agreement sees it. */
export interface LayerClaim extends Span {
  verdict: Verdict;
}

/** One editor's layer on one article. */
export interface Layer {
  editorId: string;
  claims: LayerClaim[];
}

/** A claim as several editors made it: at most one claim per editor, in editor order. */
export interface Unit {
  members: (LayerClaim & { editorId: string })[];
}

/**
 * Groups the layers' claims into units: claims joined by a one-to-one overlap
 * match between any two editors belong to one unit. When a chain of matches
 * would put two claims of one editor in a unit, the unit keeps that editor's
 * first claim and the other becomes a unit of its own (so each editor rates
 * a unit once). Units come in reading order.
 */
export function groupUnits(layers: readonly Layer[], overlapThreshold = DEFAULT_OVERLAP_THRESHOLD): Unit[] {
  const owner = new Map<string, LayerClaim & { editorId: string }>();
  const uf = new UnionFind();
  for (const layer of layers) for (const c of layer.claims) {
    owner.set(c.id, { ...c, editorId: layer.editorId });
    uf.add(c.id);
  }
  for (let i = 0; i < layers.length; i++)
    for (let j = i + 1; j < layers.length; j++)
      for (const [a, b] of matchSpans(layers[i].claims, layers[j].claims, "OVERLAP", overlapThreshold)) uf.union(a.id, b.id);
  const units: Unit[] = [];
  for (const group of uf.groups()) {
    const members = group.map((id) => owner.get(id)!).sort((x, y) => x.start - y.start || x.end - y.end);
    const seen = new Set<string>();
    const unit: Unit = { members: [] };
    for (const m of members) {
      if (seen.has(m.editorId)) units.push({ members: [m] });
      else {
        seen.add(m.editorId);
        unit.members.push(m);
      }
    }
    unit.members.sort((x, y) => x.editorId.localeCompare(y.editorId));
    units.push(unit);
  }
  return units.sort((x, y) => x.members[0].start - y.members[0].start || x.members[0].end - y.members[0].end);
}
