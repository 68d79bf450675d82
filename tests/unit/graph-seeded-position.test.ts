import { describe, expect, it } from "vitest";
import { seededPositions } from "@/lib/domain/graph/seeded-position";

describe("seeded graph positions", () => {
  it("are the same for the same ids in any order, and never coincide", () => {
    const ids = Array.from({ length: 50 }, (_, i) => `a:article-${i}`);
    const one = seededPositions(ids);
    const two = seededPositions([...ids].reverse());
    expect([...one.entries()].sort()).toEqual([...two.entries()].sort());
    const places = new Set([...one.values()].map((p) => `${p.x},${p.y}`));
    expect(places.size).toBe(50);
  });
});
