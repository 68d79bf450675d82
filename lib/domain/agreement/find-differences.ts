import { groupUnits, type Layer, type Unit } from "@/lib/domain/agreement/group-units";
import { DEFAULT_OVERLAP_THRESHOLD } from "@/lib/domain/agreement/span-matching";

/**
 * What the checkers' layers say about one statement:
 * ONLY_ONE: a claim only one checker found (the others disagree that it is one);
 * SPANS_DIFFER: two or more checkers marked it with different spans;
 * VERDICTS_DIFFER: the same span with different verdicts;
 * AGREED: the same span and verdict from every checker who marked it (two or more).
 */
export type DifferenceKind = "ONLY_ONE" | "SPANS_DIFFER" | "VERDICTS_DIFFER" | "AGREED";

export const DIFFERENCE_LABELS: Record<DifferenceKind, string> = {
  ONLY_ONE: "Only one checker found it",
  SPANS_DIFFER: "Different spans for one statement",
  VERDICTS_DIFFER: "Same span, different verdicts",
  AGREED: "Agreed",
};

export interface Difference extends Unit {
  /** Stable key: the layer claims' ids, sorted and joined; what a resolution refers to. */
  key: string;
  kind: DifferenceKind;
}

/** The key of a set of layer claims (order does not matter). */
export const differenceKey = (claimIds: readonly string[]) => [...claimIds].sort().join("+");

/** Classifies one unit of layer claims. */
export function classifyUnit(unit: Unit): DifferenceKind {
  const [first, ...rest] = unit.members;
  if (rest.length === 0) return "ONLY_ONE";
  if (rest.some((m) => m.start !== first.start || m.end !== first.end)) return "SPANS_DIFFER";
  if (rest.some((m) => m.verdict !== first.verdict)) return "VERDICTS_DIFFER";
  return "AGREED";
}

/** Every statement of the layers with its kind, in reading order: the disagreement queue is those not AGREED. */
export function findDifferences(layers: readonly Layer[], overlapThreshold = DEFAULT_OVERLAP_THRESHOLD): Difference[] {
  return groupUnits(layers, overlapThreshold).map((unit) => ({
    ...unit,
    key: differenceKey(unit.members.map((m) => m.id)),
    kind: classifyUnit(unit),
  }));
}
