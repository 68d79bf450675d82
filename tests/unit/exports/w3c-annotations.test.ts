import { describe, expect, it } from "vitest";
import { claimToAnnotation, linkToAnnotation } from "@/lib/domain/exports/w3c-annotations";
import { annotationCollection, annotationPage } from "@/lib/domain/exports/w3c-collection";
import { sha256FromNiUri, sha256NiUri } from "@/lib/domain/exports/w3c-vocabulary";
import { createW3CValidator } from "../../support/w3c-annotation-validator";
import { claim, claimCjk, ctx, link, TEXT_A, TEXT_B } from "./w3c-fixture";

const validator = createW3CValidator();
const codePoints = (s: string) => [...s].length;

describe("W3C Web Annotation export", () => {
  it("runs every assertion of the W3C musts suites", () => {
    expect(validator.counts).toEqual({ annotation: 54, collection: 10, page: 15 });
  });

  it("writes a claim as an assessing annotation with verdict, rationale and evidence bodies, valid by the W3C schemas", () => {
    const annotation = claimToAnnotation(ctx, claim);
    expect(validator.annotation(annotation)).toEqual([]);
    expect(annotation).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "https://crosscheck.test/articles/a1?claim=c1",
      type: "Annotation",
      motivation: "assessing",
      creator: { type: "Person", name: "Ana Editor" },
      created: claim.createdAt,
      modified: claim.updatedAt,
      target: { type: "SpecificResource", source: "https://harbour.example/tunnel", scope: "https://crosscheck.test/articles/a1" },
    });
    const bodies = annotation.body as { purpose: string; value: string; format: string }[];
    expect(bodies.map((b) => b.purpose)).toEqual(["assessing", "commenting", "linking", "describing", "identifying"]);
    expect(bodies[0].value).toBe("Disputed");
    expect(bodies[1]).toMatchObject({ format: "text/html", value: "<p>The council <strong>minutes</strong> say July.</p>" });
    expect(bodies[2].value).toContain('<a href="https://city.example/minutes?a=1&amp;b=2">');
    expect(bodies[2].value).toContain("<blockquote>Opening: July &lt;2026&gt;</blockquote>");
    expect(bodies[2].value).toContain('<time datetime="2026-04-03">');
  });

  it("counts positions in code points, with emoji and CJK before and inside the quote", () => {
    for (const c of [claim, claimCjk]) {
      const target = claimToAnnotation(ctx, c).target as { selector: { type: string; start?: number; end?: number; exact?: string }[] };
      const [quote, position] = target.selector;
      expect(quote).toMatchObject({ type: "TextQuoteSelector", exact: c.exact });
      const start = codePoints(TEXT_A.slice(0, c.start));
      expect(position).toEqual({ type: "TextPositionSelector", start, end: start + codePoints(c.exact) });
      expect([...TEXT_A].slice(position.start!, position.end!).join("")).toBe(c.exact);
      expect(position.start).toBeLessThan(c.start); // the astral characters before it count once
    }
  });

  it("names the revision: its date, and its text by sha256 (RFC 6920 ni URI)", () => {
    const target = claimToAnnotation(ctx, claim).target as { state: { type: string; sourceDate: string; cached: string } };
    expect(target.state).toMatchObject({ type: "TimeState", sourceDate: "2026-04-02T08:00:00.000Z" });
    expect(sha256FromNiUri(target.state.cached)).toBe("ab".repeat(32));
    expect(sha256NiUri("ab".repeat(32))).toBe(target.state.cached);
  });

  it("writes a link as a linking annotation: the other article's passage as body, the relation named, the claim as target", () => {
    const annotation = linkToAnnotation(ctx, link);
    expect(validator.annotation(annotation)).toEqual([]);
    expect(annotation.motivation).toBe("linking");
    const [passage, relation, note] = annotation.body as Record<string, unknown>[];
    expect(passage).toMatchObject({ type: "SpecificResource", source: "https://crosscheck.test/articles/b1" });
    const [, position] = passage.selector as { start: number; end: number }[];
    expect([...TEXT_B].slice(position.start, position.end).join("")).toBe("confirmed the tunnel opens in June");
    expect(relation).toMatchObject({ purpose: "tagging", value: "contradicts" });
    expect(note).toMatchObject({ value: "Different month" });
    expect((annotation.target as unknown[])[0]).toBe("https://crosscheck.test/articles/a1?claim=c1");
  });

  it("pages a collection: the first page embedded, the others by URL, each valid by the W3C collection and page suites", () => {
    const items = Array.from({ length: 5 }, (_, i) => claimToAnnotation(ctx, { ...claim, id: `c${i}` }));
    const options = { collectionUrl: "https://crosscheck.test/api/v1/annotations", label: "Desk", pageSize: 2, generatedAt: "2026-04-04T00:00:00.000Z" } as const;
    const collection = annotationCollection(items, options);
    expect(validator.collection(collection)).toEqual([]);
    expect(validator.page(collection)).toEqual([]);
    expect(collection).toMatchObject({ type: "AnnotationCollection", total: 5, last: "https://crosscheck.test/api/v1/annotations?page=2&pageSize=2" });
    const pages = [0, 1, 2].map((i) => annotationPage(items, i, options)!);
    for (const page of pages) expect(validator.page(page)).toEqual([]);
    expect(pages.map((p) => (p.items as unknown[]).length)).toEqual([2, 2, 1]);
    expect(pages[1]).toMatchObject({ startIndex: 2, prev: expect.stringContaining("page=0"), next: expect.stringContaining("page=2") });
    expect(annotationPage(items, 3, options)).toBeNull();
    expect(((pages[0].items as Record<string, unknown>[])[0])["@context"]).toBeUndefined();
  });

  it("catches what the W3C forbids (the validator is not a rubber stamp)", () => {
    const bad = { ...claimToAnnotation(ctx, claim), bodyValue: "both body and bodyValue" };
    expect(validator.annotation(bad).map((f) => f.assertion)).toContain("annotations/3.2.5-notBodyBodyValue.json");
    const noContext = { ...claimToAnnotation(ctx, claim), "@context": "https://example.org/other" };
    expect(validator.annotation(noContext).length).toBeGreaterThan(0);
  });
});
