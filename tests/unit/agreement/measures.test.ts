import { describe, expect, it } from "vitest";
import { confusionTable } from "@/lib/domain/agreement/confusion-table";
import { cohenKappa, countTable, fleissKappa, observedAgreement } from "@/lib/domain/agreement/kappa";
import { krippendorffAlphaNominal } from "@/lib/domain/agreement/krippendorff-alpha";

/** Paired ratings from a 2×2 table: [[yy, yn], [ny, nn]]. */
function fromTable(t: [[number, number], [number, number]]): ["Y" | "N", "Y" | "N"][] {
  const out: ["Y" | "N", "Y" | "N"][] = [];
  const cats = ["Y", "N"] as const;
  t.forEach((row, i) => row.forEach((n, j) => { for (let k = 0; k < n; k++) out.push([cats[i], cats[j]]); }));
  return out;
}

describe("Cohen's kappa", () => {
  it("matches the textbook example (50 grant proposals: 20/5/10/15 → pₒ 0.7, pₑ 0.5, κ 0.4)", () => {
    const pairs = fromTable([[20, 5], [10, 15]]);
    expect(observedAgreement(pairs)).toBeCloseTo(0.7, 10);
    expect(cohenKappa(pairs)).toBeCloseTo(0.4, 10);
  });

  it("gives different kappas for the same raw agreement when the marginals differ (45/15/25/15 and 25/35/5/35)", () => {
    expect(cohenKappa(fromTable([[45, 15], [25, 15]]))).toBeCloseTo(0.1304, 4);
    expect(cohenKappa(fromTable([[25, 35], [5, 35]]))).toBeCloseTo(0.2593, 4);
  });

  it("is 1 for perfect agreement, 0 at chance, negative below it", () => {
    expect(cohenKappa(fromTable([[10, 0], [0, 7]]))).toBe(1);
    expect(cohenKappa(fromTable([[5, 5], [5, 5]]))).toBeCloseTo(0, 10);
    expect(cohenKappa(fromTable([[0, 5], [5, 0]]))).toBeCloseTo(-1, 10);
  });

  it("defines the edge cases without NaN: no items → null, one single category → 1", () => {
    expect(cohenKappa([])).toBeNull();
    expect(observedAgreement([])).toBeNull();
    expect(cohenKappa([["VERIFIED", "VERIFIED"], ["VERIFIED", "VERIFIED"]])).toBe(1);
    expect(JSON.stringify({ k: cohenKappa([["A", "A"]]) })).toBe('{"k":1}');
  });
});

describe("Fleiss' kappa", () => {
  // Fleiss (1971), as reproduced on Wikipedia: 10 subjects, 14 raters, 5 categories.
  const fleiss1971 = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];

  it("matches the worked example (κ = 0.210)", () => {
    expect(fleissKappa(fleiss1971)).toBeCloseTo(0.21, 3);
  });

  it("equals 1 when all agree, and 1 with a single category", () => {
    expect(fleissKappa([[3, 0], [0, 3], [3, 0]])).toBe(1);
    expect(fleissKappa([[3, 0], [3, 0]])).toBe(1);
    expect(fleissKappa([])).toBeNull();
  });

  it("builds its count table from ratings and refuses ragged tables", () => {
    expect(countTable([["A", "A", "B"], ["B", "B", "B"]], ["A", "B"])).toEqual([[2, 1], [0, 3]]);
    expect(() => fleissKappa([[2, 0], [1, 0]])).toThrow(/same number/);
    expect(() => fleissKappa([[1, 0]])).toThrow(/two ratings/);
  });
});

describe("Krippendorff's alpha (nominal, missing data)", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", 4 observers × 12 units.
  const _ = null;
  const observers = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ];
  const units = observers[0].map((_v, u) => observers.map((o) => o[u]));

  it("matches the worked example (α = 0.743)", () => {
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(0.743, 3);
  });

  it("leaves out units with a single value, is 1 when all agree, null with nothing pairable", () => {
    expect(krippendorffAlphaNominal([[1, 1], [2, 2], [3, null]])).toBe(1);
    expect(krippendorffAlphaNominal([[1, null], [null, 2]])).toBeNull();
    expect(krippendorffAlphaNominal([])).toBeNull();
    // A single category: no expected disagreement, defined as 1.
    expect(krippendorffAlphaNominal([["V", "V"], ["V", "V", "V"]])).toBe(1);
  });

  it("equals Scott's pi with its small-sample correction for two raters: α = 1 − (1 − π)(2N − 1)/2N", () => {
    const pairs = fromTable([[20, 5], [10, 15]]);
    // Pooled marginals Y 0.55, N 0.45: pₑ = 0.505, π = (0.7 − 0.505)/(1 − 0.505).
    const pi = (0.7 - 0.505) / (1 - 0.505);
    expect(krippendorffAlphaNominal(pairs)).toBeCloseTo(1 - ((1 - pi) * 99) / 100, 10);
  });
});

describe("confusion table", () => {
  it("counts left × right, every category present", () => {
    const t = confusionTable<"A" | "B" | "C">([["A", "A"], ["A", "B"], ["B", "A"], ["A", "B"]], ["A", "B", "C"]);
    expect(t.cells).toEqual({ A: { A: 1, B: 2, C: 0 }, B: { A: 1, B: 0, C: 0 }, C: { A: 0, B: 0, C: 0 } });
  });
});
