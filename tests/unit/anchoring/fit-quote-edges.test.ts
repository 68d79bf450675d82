import { describe, expect, it } from "vitest";
import { fitQuoteEdges } from "@/lib/domain/anchoring/fit-quote-edges";
import { planReanchoring } from "@/lib/domain/anchoring/plan-reanchoring";
import { createAnchor } from "@/lib/domain/anchoring/selectors";

const slice = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

describe("fitting a fuzzy match to the old quote's edges", () => {
  const text = "The wall was made of reinforced concrete, the engineers said.";
  it("trims a trailing comma and space the claim never had", () => {
    const start = text.indexOf("reinforced");
    expect(slice(text, fitQuoteEdges(text, start, text.indexOf("the engineers"), "reinforced concret"))).toBe("reinforced concrete");
  });
  it("takes back a comma the claim ended on", () => {
    const start = text.indexOf("reinforced");
    expect(slice(text, fitQuoteEdges(text, start, text.indexOf(","), "reinforced concrete,"))).toBe("reinforced concrete,");
  });
  it("trims a leading space", () => {
    const start = text.indexOf(" reinforced");
    expect(slice(text, fitQuoteEdges(text, start, text.indexOf(","), "reinforced concrete"))).toBe("reinforced concrete");
  });
});

describe("a correction that changes a claim's own words", () => {
  const before = "Officials said 2,100 people were evacuated from the valley, and the wall was made of concrete, they added.";
  const after = "Officials said 2,300 people were evacuated from the valley, and the wall was made of concrete, they added.";
  const row = (id: string, phrase: string) => {
    const start = before.indexOf(phrase);
    const a = createAnchor(before, start, start + phrase.length);
    return { id, exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix, start, end: start + phrase.length, orphaned: false };
  };
  it("lists it with its old and new wording, and leaves the others' wording alone", () => {
    const plan = planReanchoring([row("n", "2,100 people were evacuated"), row("w", "the wall was made of concrete")], after);
    expect(plan.textChanged).toEqual([{ id: "n", before: "2,100 people were evacuated", after: "2,300 people were evacuated" }]);
    const wall = plan.placed.find((p) => p.id === "w")!;
    expect(wall.anchor.quote.exact).toBe("the wall was made of concrete");
  });
});
