import { describe, expect, it } from "vitest";
import { highlightMatches, sameWord, wordKey } from "@/lib/domain/passages/highlight-matches";

const marked = (claim: string, passage: string) => highlightMatches(claim, passage).ranges.map((r) => passage.slice(r.start, r.end));

describe("highlightMatches", () => {
  it("highlights the words a paraphrase shares with the claim, merging neighbours", () => {
    const passage = "Beijing said it understands Russia's reasonable security concerns on Ukraine.";
    const result = highlightMatches("understands Russia's legitimate security concerns", passage);
    expect(result.ranges.map((r) => passage.slice(r.start, r.end))).toEqual(["understands Russia's", "security concerns"]);
    expect(result.words).toEqual(["understands", "Russia's", "security", "concerns"]);
  });

  it("matches inflections and ignores case, accents and stop words", () => {
    expect(marked("About 1,200 residents were evacuated", "The evacuation of RESIDENTS began; the town was calm.")).toEqual(["evacuation", "RESIDENTS"]);
    expect(marked("Élodie Marchand resigned", "elodie marchand's resignation")).toEqual(["elodie marchand's resignation"]);
    expect(marked("the dam is at risk", "Is the dam at risk?")).toEqual(["dam", "risk"]);
  });

  it("keeps numbers whole, so 1,200 does not match 2,100", () => {
    expect(marked("About 1,200 people left", "Around 2,100 people left, not 1,200.")).toEqual(["people left", "1,200"]);
  });

  it("counts UTF-16 offsets around emoji and returns nothing when nothing is shared", () => {
    const passage = "🎉 Voters 🎉 approved the budget";
    expect(marked("the budget was approved", passage)).toEqual(["approved", "budget"]);
    expect(highlightMatches("Completely different", passage)).toEqual({ ranges: [], words: [] });
  });

  it("treats inflections as the same word, but not different short words or numbers", () => {
    const same = (a: string, b: string) => sameWord(wordKey(a), wordKey(b));
    for (const [a, b] of [["evacuated", "evacuation"], ["evacuate", "evacuations"], ["concerns", "concern"], ["resigned", "resignation"], ["injured", "injuries"], ["Russia’s", "russia"], ["hurt", "hurts"]]) {
      expect(same(a, b), `${a} ~ ${b}`).toBe(true);
    }
    for (const [a, b] of [["stay", "state"], ["port", "portwen"], ["1,200", "1,2000"], ["collided", "collision"], ["dam", "damage"]]) {
      expect(same(a, b), `${a} !~ ${b}`).toBe(false);
    }
  });
});
