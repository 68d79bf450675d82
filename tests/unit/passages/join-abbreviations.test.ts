import { describe, expect, it } from "vitest";
import { endsWithAbbreviation } from "@/lib/domain/passages/join-abbreviations";
import { splitSentences } from "@/lib/domain/passages/split-sentences";

const sentences = (text: string) => splitSentences(text).map((s) => s.text);

describe("sentences and newsroom abbreviations", () => {
  it("does not split after a month, a title, a dotted acronym, No., St. or an initial", () => {
    expect(sentences("In the announcement dated Feb. 23, China's General Administration of Customs lifted the curbs. Trade resumed on Monday.")).toEqual([
      "In the announcement dated Feb. 23, China's General Administration of Customs lifted the curbs.",
      "Trade resumed on Monday.",
    ]);
    expect(sentences("Mr. Wang met Dr. Lee in St. Petersburg on Tuesday. They spoke for an hour.")).toHaveLength(2);
    expect(sentences("The U.S. Treasury and the U.N. Security Council both issued statements. Markets fell sharply afterwards.")).toHaveLength(2);
    expect(sentences("Resolution No. 2623 was adopted by a vote of eleven. Russia voted against it.")).toHaveLength(2);
    expect(sentences("Former president John F. Kennedy visited the dam in 1963. Crowds gathered to see him.")).toHaveLength(2);
  });

  it("still ends sentences on ordinary words", () => {
    expect(endsWithAbbreviation("The talks ended.")).toBe(false);
    expect(endsWithAbbreviation("dated Feb.")).toBe(true);
    expect(endsWithAbbreviation("the U.S.")).toBe(true);
    expect(endsWithAbbreviation("John F.")).toBe(true);
    expect(endsWithAbbreviation("They said no.")).toBe(false);
    expect(sentences("The ferry runs daily. The port is open. Tickets are sold online.")).toHaveLength(3);
  });
});
