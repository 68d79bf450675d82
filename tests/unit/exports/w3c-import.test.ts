import { describe, expect, it } from "vitest";
import { placeImportedTarget } from "@/lib/domain/exports/import-anchor";
import { claimToAnnotation, linkToAnnotation } from "@/lib/domain/exports/w3c-annotations";
import { annotationCollection } from "@/lib/domain/exports/w3c-collection";
import { parseAnnotations, parseEvidenceHtml, parseSelectors } from "@/lib/domain/exports/w3c-import-parse";
import { claim, claimCjk, ctx, link, TEXT_A } from "./w3c-fixture";

describe("reading W3C annotations back", () => {
  it("reads Crosscheck's own collection: claims with verdict, rationale, evidence and fields; links with relation", () => {
    const items = [claimToAnnotation(ctx, claim), claimToAnnotation(ctx, claimCjk), linkToAnnotation(ctx, link)];
    const { annotations, skipped } = parseAnnotations(annotationCollection(items, { collectionUrl: "https://crosscheck.test/api/v1/annotations", label: "x", pageSize: "all", generatedAt: "2026-01-01T00:00:00Z" }));
    expect(skipped).toEqual([]);
    expect(annotations.map((a) => a.kind)).toEqual(["claim", "claim", "link"]);
    expect(annotations[0]).toMatchObject({
      kind: "claim", sourceId: "https://crosscheck.test/articles/a1?claim=c1", verdict: "DISPUTED",
      rationaleHtml: "<p>The council <strong>minutes</strong> say July.</p>", claimReviewed: "The tunnel opens in June", claimant: "The mayor",
      evidence: [{ url: "https://city.example/minutes?a=1&b=2", quote: "Opening: July <2026>", note: "p. 4", checkedAt: "2026-04-03T00:00:00.000Z" }],
      target: { source: "https://harbour.example/tunnel", scope: "https://crosscheck.test/articles/a1", textSha256: "ab".repeat(32) },
    });
    expect(annotations[2]).toMatchObject({ kind: "link", relation: "CONTRADICTS", note: "Different month", claimRef: "https://crosscheck.test/articles/a1?claim=c1" });
  });

  it("places targets counted in code points exactly, with emoji and CJK before them", () => {
    for (const c of [claim, claimCjk]) {
      const [, selectors] = [null, parseAnnotations(claimToAnnotation(ctx, c)).annotations[0]];
      const placed = placeImportedTarget(TEXT_A, (selectors as { target: { selectors: Parameters<typeof placeImportedTarget>[1] } }).target.selectors);
      expect(placed).toMatchObject({ status: "exact", anchor: { position: { start: c.start, end: c.end }, quote: { exact: c.exact } } });
    }
  });

  it("re-anchors like corrections: a moved quote is still exact, a changed one fuzzy, a missing one an orphan", () => {
    const moved = `A new first sentence 🎉. ${TEXT_A}`;
    expect(placeImportedTarget(moved, { quote: { exact: claim.exact }, position: { start: 3, end: 3 + [...claim.exact].length } })).toMatchObject({ status: "exact" });
    expect(placeImportedTarget(TEXT_A, { quote: { exact: "the tunnel 🚇 will opn in Jun", prefix: "said " } })).toMatchObject({ status: "fuzzy", anchor: { quote: { exact: expect.stringContaining("tunnel 🚇 will open in Jun") } } });
    expect(placeImportedTarget(TEXT_A, { quote: { exact: "nothing like this is in the text at all, really not" } })).toMatchObject({ status: "orphan" });
    expect(placeImportedTarget(TEXT_A, { unresolved: "a range of XPathSelector selectors" })).toEqual({ status: "orphan", reason: "Only a range of XPathSelector selectors locates it.", quote: null });
    expect(placeImportedTarget(TEXT_A, { position: { start: 0, end: 9 } })).toMatchObject({ status: "exact", anchor: { quote: { exact: "Harbour 🚢" } } });
  });

  it("reads other tools' shapes: Hypothesis rows, bodyValue, W3C range selectors of text positions", () => {
    const { annotations } = parseAnnotations({ total: 1, rows: [{ id: "h1", uri: "https://x.example/a", text: "Hmm", tags: ["t1"], target: [{ source: "https://x.example/a", selector: [{ type: "TextQuoteSelector", exact: "quote" }] }] }] });
    expect(annotations[0]).toMatchObject({ kind: "claim", sourceId: "h1", text: "Hmm", tags: ["t1"], verdict: null, target: { source: "https://x.example/a", selectors: { quote: { exact: "quote" } } } });
    const simple = parseAnnotations({ type: "Annotation", bodyValue: "Plain comment", target: "https://x.example/b" }).annotations[0];
    expect(simple).toMatchObject({ sourceId: null, text: "Plain comment", target: { source: "https://x.example/b" } });
    expect(parseSelectors([{ type: "RangeSelector", startSelector: { type: "TextPositionSelector", start: 4, end: 5 }, endSelector: { type: "TextPositionSelector", start: 9, end: 10 } }])).toEqual({ position: { start: 4, end: 9 } });
    expect(parseAnnotations([{ type: "Annotation", body: "x" }]).skipped).toEqual([{ sourceId: null, reason: "It has no target." }]);
    expect(parseEvidenceHtml("<p>Some <em>other</em> HTML</p>")).toEqual({ url: null, quote: null, note: "Some other HTML", checkedAt: null });
  });
});

describe("importing what another tool may send", () => {
  it("drops links that are not web addresses and caps long fields", () => {
    expect(parseEvidenceHtml('<p><a href="javascript:alert(1)">x</a></p><p class="note">n</p>').url).toBeNull();
    const [parsed] = parseAnnotations({ type: "Annotation", motivation: "assessing", target: "https://x.example/", body: [{ type: "TextualBody", purpose: "describing", value: "s".repeat(900) }] }).annotations;
    expect((parsed as { claimReviewed: string }).claimReviewed).toHaveLength(500);
    expect(placeImportedTarget("short text", { quote: { exact: "q".repeat(20_001) } })).toMatchObject({ status: "orphan", reason: expect.stringContaining("longer than") });
  });
});
