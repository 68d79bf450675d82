import { describe, expect, it } from "vitest";
import {
  byPublication,
  groupPlaces,
  needsDisagreementWarning,
  reasonStillApplies,
  verdictsDisagree,
  type Place,
} from "@/lib/domain/claims/cluster-rules";
import { UnionFind } from "@/lib/domain/graph/union-find";

const place = (key: string, articleId: string, start: number, end: number, extra: Partial<Place> = {}): Place => ({
  key, articleId, revisionId: `${articleId}-r1`, start, end, orphaned: false, ...extra,
});

describe("verdict rules", () => {
  it("disagree only when two different rated verdicts meet; PENDING agrees with anything", () => {
    expect(verdictsDisagree(["VERIFIED", "DISPUTED"])).toBe(true);
    expect(verdictsDisagree(["VERIFIED", "SOURCED_ONLY", "VERIFIED"])).toBe(true);
    expect(verdictsDisagree(["VERIFIED", "PENDING", "VERIFIED"])).toBe(false);
    expect(verdictsDisagree(["PENDING", "PENDING"])).toBe(false);
    expect(verdictsDisagree([])).toBe(false);
  });

  it("a recorded reason holds while the verdicts it covered hold", () => {
    const recorded = { a: "VERIFIED", b: "DISPUTED" } as const;
    expect(reasonStillApplies([{ claimId: "a", verdict: "VERIFIED" }, { claimId: "b", verdict: "DISPUTED" }], recorded)).toBe(true);
    // A new claim agreeing with one side, or still pending, changes nothing.
    expect(reasonStillApplies([{ claimId: "a", verdict: "VERIFIED" }, { claimId: "b", verdict: "DISPUTED" }, { claimId: "c", verdict: "DISPUTED" }, { claimId: "d", verdict: "PENDING" }], recorded)).toBe(true);
    // A changed verdict or a new verdict brings the warning back.
    expect(reasonStillApplies([{ claimId: "a", verdict: "SOURCED_ONLY" }, { claimId: "b", verdict: "DISPUTED" }], recorded)).toBe(false);
    expect(reasonStillApplies([{ claimId: "a", verdict: "VERIFIED" }, { claimId: "b", verdict: "DISPUTED" }, { claimId: "c", verdict: "SOURCED_ONLY" }], recorded)).toBe(false);
  });

  it("warns when verdicts disagree and no reason explains it", () => {
    const current = [{ claimId: "a", verdict: "VERIFIED" as const }, { claimId: "b", verdict: "DISPUTED" as const }];
    expect(needsDisagreementWarning(current, null)).toBe(true);
    expect(needsDisagreementWarning(current, { a: "VERIFIED", b: "DISPUTED" })).toBe(false);
    expect(needsDisagreementWarning(current, { a: "VERIFIED", b: "VERIFIED" })).toBe(true);
    expect(needsDisagreementWarning([{ claimId: "a", verdict: "VERIFIED" }], null)).toBe(false);
  });
});

describe("cluster places", () => {
  it("groups overlapping places of one revision, never across articles, revisions or orphans", () => {
    const groups = groupPlaces([
      place("c:1", "A", 0, 10),
      place("l:1", "B", 5, 20),
      place("c:2", "B", 15, 30),
      place("l:2", "B", 40, 50),
      place("l:3", "B", 25, 45),
      place("l:4", "A", 0, 10, { revisionId: "A-r2" }),
      place("l:5", "A", 0, 10, { orphaned: true }),
      place("l:6", "C", 5, 20),
    ]);
    expect(groups).toEqual([["c:1"], ["l:1", "c:2", "l:2", "l:3"], ["l:4"], ["l:5"], ["l:6"]]);
  });

  it("touching ranges do not overlap", () => {
    expect(groupPlaces([place("a", "A", 0, 5), place("b", "A", 5, 9)])).toEqual([["a"], ["b"]]);
  });

  it("orders appearances by publication date, undated last", () => {
    const items = [
      { title: "c", publishedAt: null },
      { title: "b", publishedAt: new Date("2026-03-14T09:00:00Z") },
      { title: "a", publishedAt: new Date("2026-03-14T07:40:00Z") },
      { title: "0", publishedAt: null },
    ];
    expect(byPublication(items).map((i) => i.title)).toEqual(["a", "b", "0", "c"]);
  });
});

describe("UnionFind", () => {
  it("joins sets transitively and lists them in insertion order", () => {
    const sets = new UnionFind();
    for (const k of ["a", "b", "c", "d", "e"]) sets.add(k);
    sets.union("a", "c");
    sets.union("d", "e");
    sets.union("e", "c");
    expect(sets.find("a")).toBe(sets.find("d"));
    expect(sets.groups()).toEqual([["a", "c", "d", "e"], ["b"]]);
  });
});
