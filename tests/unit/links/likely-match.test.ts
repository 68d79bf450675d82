import { describe, expect, it } from "vitest";
import { LIKELY_MATCH_SCORE, splitLikely } from "@/lib/domain/links/likely-match";

describe("likely matches", () => {
  it("keeps weak suggestions (one shared common word) apart", () => {
    const { likely, weaker } = splitLikely([{ score: 0.72 }, { score: LIKELY_MATCH_SCORE }, { score: 0.18 }]);
    expect(likely.map((s) => s.score)).toEqual([0.72, LIKELY_MATCH_SCORE]);
    expect(weaker.map((s) => s.score)).toEqual([0.18]);
  });
});
