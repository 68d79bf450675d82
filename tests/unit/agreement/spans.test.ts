import { describe, expect, it } from "vitest";
import { computeAgreement } from "@/lib/domain/agreement/compute-agreement";
import { findDifferences, differenceKey } from "@/lib/domain/agreement/find-differences";
import { matchSpans, overlapRatio, spanScores } from "@/lib/domain/agreement/span-matching";
import type { Verdict } from "@/lib/domain/claims/verdicts";

const c = (id: string, start: number, end: number, verdict: Verdict = "VERIFIED") => ({ id, start, end, verdict });

describe("span matching", () => {
  it("measures overlap as shared over covered characters", () => {
    expect(overlapRatio(c("a", 0, 10), c("b", 0, 10))).toBe(1);
    expect(overlapRatio(c("a", 0, 10), c("b", 5, 15))).toBeCloseTo(5 / 15);
    expect(overlapRatio(c("a", 0, 10), c("b", 10, 20))).toBe(0);
  });

  it("matches exact spans only in EXACT mode, and overlapping ones above the threshold", () => {
    const left = [c("a1", 0, 10), c("a2", 20, 30), c("a3", 50, 60)];
    const right = [c("b1", 0, 10), c("b2", 22, 30), c("b3", 58, 70)];
    expect(matchSpans(left, right, "EXACT").map(([a, b]) => [a.id, b.id])).toEqual([["a1", "b1"]]);
    expect(matchSpans(left, right, "OVERLAP", 0.5).map(([a, b]) => [a.id, b.id])).toEqual([["a1", "b1"], ["a2", "b2"]]);
    expect(matchSpans(left, right, "OVERLAP", 0.1).map(([a, b]) => [a.id, b.id])).toEqual([["a1", "b1"], ["a2", "b2"], ["a3", "b3"]]);
  });

  it("matches one to one, best overlap first", () => {
    const pairs = matchSpans([c("a", 0, 10)], [c("b1", 2, 10), c("b2", 0, 10)], "OVERLAP");
    expect(pairs.map(([a, b]) => [a.id, b.id])).toEqual([["a", "b2"]]);
  });

  it("scores precision, recall and F1, with nulls only for 0/0", () => {
    expect(spanScores(2, 4, 2)).toEqual({ matched: 2, precision: 1, recall: 0.5, f1: 4 / 6 });
    // One checker found nothing.
    expect(spanScores(0, 3, 0)).toEqual({ matched: 0, precision: null, recall: 0, f1: 0 });
    expect(spanScores(0, 0, 0)).toEqual({ matched: 0, precision: null, recall: null, f1: null });
  });
});

describe("agreement over layers", () => {
  const layers = [
    { editorId: "ann", claims: [c("a1", 0, 10, "VERIFIED"), c("a2", 20, 30, "DISPUTED"), c("a3", 40, 50, "VERIFIED")] },
    { editorId: "bob", claims: [c("b1", 0, 10, "VERIFIED"), c("b2", 20, 30, "VERIFIED"), c("b4", 41, 50, "VERIFIED"), c("b5", 80, 90, "PENDING")] },
  ];

  it("reports span F1 exact and overlapping, verdict agreement and the confusion table per pair", () => {
    const f = computeAgreement([{ articleId: "x", layers }]);
    expect(f.pairs).toHaveLength(1);
    const p = f.pairs[0];
    expect([p.editorA, p.editorB]).toEqual(["ann", "bob"]);
    expect(p.spanExact).toEqual({ matched: 2, precision: 2 / 4, recall: 2 / 3, f1: 4 / 7 });
    expect(p.spanOverlap.matched).toBe(3);
    expect(p.matchedClaims).toBe(3);
    expect(p.observedAgreement).toBeCloseTo(2 / 3);
    expect(p.confusion.cells.DISPUTED.VERIFIED).toBe(1);
    expect(p.confusion.cells.VERIFIED.VERIFIED).toBe(2);
    expect(f.matchedClaims).toBe(3);
    expect(f.fleissUnits).toBe(3);
    expect(f.krippendorffAlpha).not.toBeNaN();
  });

  it("handles a checker who found nothing without NaN", () => {
    const f = computeAgreement([{ articleId: "x", layers: [layers[0], { editorId: "cy", claims: [] }] }]);
    expect(f.pairs[0].spanOverlap).toEqual({ matched: 0, precision: null, recall: 0, f1: 0 });
    expect(f.pairs[0].cohenKappa).toBeNull();
    expect(f.fleissKappa).toBeNull();
    expect(f.krippendorffAlpha).toBeNull();
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
  });

  it("is perfect when all agree", () => {
    const same = [{ editorId: "a", claims: [c("x1", 0, 5, "VERIFIED"), c("x2", 6, 9, "DISPUTED")] }, { editorId: "b", claims: [c("y1", 0, 5, "VERIFIED"), c("y2", 6, 9, "DISPUTED")] }];
    const f = computeAgreement([{ articleId: "x", layers: same }]);
    expect(f.spanF1Exact).toBe(1);
    expect([f.pairs[0].cohenKappa, f.fleissKappa, f.krippendorffAlpha, f.observedAgreement]).toEqual([1, 1, 1, 1]);
  });

  it("pairs three editors and computes Fleiss on units all three rated", () => {
    const three = [...layers, { editorId: "cy", claims: [c("c1", 0, 10, "VERIFIED"), c("c2", 20, 30, "DISPUTED")] }];
    const f = computeAgreement([{ articleId: "x", layers: three }]);
    expect(f.pairs.map((p) => `${p.editorA}-${p.editorB}`)).toEqual(["ann-bob", "ann-cy", "bob-cy"]);
    expect(f.fleissUnits).toBe(2);
    expect(f.fleissKappa).not.toBeNull();
  });
});

describe("differences", () => {
  it("sorts each statement into only-one, spans differ, verdicts differ and agreed", () => {
    const diffs = findDifferences([
      { editorId: "ann", claims: [c("a1", 0, 10, "VERIFIED"), c("a2", 20, 30, "DISPUTED"), c("a3", 40, 50)] },
      { editorId: "bob", claims: [c("b1", 0, 10, "VERIFIED"), c("b2", 20, 30, "VERIFIED"), c("b3", 42, 50), c("b5", 80, 90)] },
    ]);
    expect(diffs.map((d) => [d.key, d.kind])).toEqual([
      ["a1+b1", "AGREED"],
      ["a2+b2", "VERDICTS_DIFFER"],
      ["a3+b3", "SPANS_DIFFER"],
      ["b5", "ONLY_ONE"],
    ]);
    expect(differenceKey(["b", "a"])).toBe("a+b");
  });
});
