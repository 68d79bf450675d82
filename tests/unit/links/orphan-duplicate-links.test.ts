import { describe, expect, it } from "vitest";
import { planReanchoring } from "@/lib/domain/anchoring/plan-reanchoring";
import { orphanDuplicateLinks } from "@/lib/domain/links/orphan-duplicate-links";

const OLD = "It opens in June. Later: it opens in June. Costs rose.";
const NEW = "Later: it opens in June. Costs rose.";
const row = (id: string, claimId: string, exact: string, from = 0, orphaned = false) => {
  const start = OLD.indexOf(exact, from);
  return { id, claimId, exact, prefix: "", suffix: "", start, end: start + exact.length, orphaned };
};

describe("orphanDuplicateLinks", () => {
  it("keeps one link of a claim on the same words; the later one becomes an orphan", () => {
    const rows = [row("a", "c1", "opens in June"), row("b", "c1", "opens in June", 10), row("c", "c2", "opens in June"), row("d", "c1", "Costs rose")];
    const plan = orphanDuplicateLinks(planReanchoring(rows, NEW), rows);
    expect(plan.placed.map((p) => p.id)).toEqual(["a", "c", "d"]);
    expect(plan.orphans).toEqual(["b"]);
    expect(plan.newlyOrphaned).toEqual(["b"]);
  });

  it("prefers the link that was placed over an orphan that finds its place again", () => {
    const rows = [row("old-orphan", "c1", "opens in June", 0, true), row("live", "c1", "opens in June", 10)];
    const plan = orphanDuplicateLinks(planReanchoring(rows, NEW), rows);
    expect(plan.placed.map((p) => p.id)).toEqual(["live"]);
    expect(plan.orphans).toEqual(["old-orphan"]);
    expect(plan.newlyOrphaned).toEqual([]);
  });

  it("returns the plan as it is when nothing collides", () => {
    const rows = [row("a", "c1", "opens in June"), row("d", "c1", "Costs rose")];
    const plan = planReanchoring(rows, NEW);
    expect(orphanDuplicateLinks(plan, rows)).toBe(plan);
  });
});
