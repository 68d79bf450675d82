import { describe, expect, it } from "vitest";
import { exportAnnotations } from "@/lib/server/exports/export-annotations";
import { importAnnotations } from "@/lib/server/exports/import-annotations";
import { listClaims } from "@/lib/server/claims/list-claims";
import { listClaimLinks } from "@/lib/server/links/list-claim-links";
import { makeArticle } from "@/lib/factories/make-article";
import { makeMember } from "@/lib/factories/make-member";
import { makeTeam } from "@/lib/factories/make-team";
import { makeWorkspace } from "@/lib/factories/make-workspace";
import { createW3CValidator } from "../support/w3c-annotation-validator";
import { expectAppError } from "./expect-app-error";
import { makeStory, STORY } from "./exports-fixture";

const BASE = "https://crosscheck.test";
const validator = createW3CValidator();
type Doc = Record<string, unknown>;

const exportAll = (actor: Parameters<typeof exportAnnotations>[0], pageSize: number | "all" = "all", page?: number) =>
  exportAnnotations(actor, { type: "workspace" }, { collectionUrl: `${BASE}/api/v1/annotations`, baseUrl: BASE, pageSize, page });

const itemsOf = (collection: Doc) => (collection.first as Doc).items as Doc[];

/** An export with what legitimately differs between workspaces taken out: ids, dates, and Crosscheck's own page URLs. */
function comparable(collection: Doc): unknown {
  const ids = new Map<string, string>();
  const rename = (value: string) => {
    if (!value.startsWith(`${BASE}/`)) return value;
    if (!ids.has(value)) ids.set(value, `#${ids.size}`);
    return ids.get(value);
  };
  const walk = (node: unknown, key = ""): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n));
    if (node && typeof node === "object") {
      return Object.fromEntries(
        Object.entries(node)
          .filter(([k]) => !["created", "modified", "generated", "sourceDate"].includes(k))
          .map(([k, v]) => [k, walk(v, k)]),
      );
    }
    return typeof node === "string" && key !== "value" ? rename(node) : node;
  };
  return walk(itemsOf(collection));
}

describe("W3C Web Annotation export and import", () => {
  it("exports a workspace's claims and links as a collection the W3C schemas accept, paged", async () => {
    const team = await makeTeam("w3c");
    await makeStory(team.editor);
    const all = await exportAll(team.viewer);
    expect(validator.collection(all)).toEqual([]);
    expect(validator.page(all)).toEqual([]);
    expect(all).toMatchObject({ type: "AnnotationCollection", total: 6 });
    for (const annotation of itemsOf(all)) expect(validator.annotation({ "@context": "http://www.w3.org/ns/anno.jsonld", ...annotation })).toEqual([]);
    expect(itemsOf(all).map((a) => a.motivation)).toEqual(["assessing", "assessing", "assessing", "assessing", "linking", "linking"]);

    const paged = await exportAll(team.viewer, 4);
    expect(paged).toMatchObject({ total: 6, last: `${BASE}/api/v1/annotations?page=1&pageSize=4` });
    const second = await exportAll(team.viewer, 4, 1);
    expect(validator.page(second)).toEqual([]);
    expect(second).toMatchObject({ type: "AnnotationPage", startIndex: 4, partOf: { total: 6 } });
    await expectAppError(exportAll(team.viewer, 4, 2), "NOT_FOUND");
  });

  it("round trip: export, import into a fresh workspace with the same articles, export again: equal but for ids and dates", async () => {
    const team = await makeTeam("trip");
    await makeStory(team.editor);
    const first = await exportAll(team.editor);

    const fresh = await makeWorkspace({ label: "fresh" });
    const editor = await makeMember(fresh.id, "EDITOR", { name: team.editor.name });
    for (const story of [STORY.c, STORY.b, STORY.a]) await makeArticle(editor, story); // another order: matching is by source
    const result = await importAnnotations(editor, JSON.parse(JSON.stringify(first)), { baseUrl: BASE });
    expect(result).toMatchObject({ found: 6, created: { claims: 4, links: 2 }, alreadyImported: 0, anchored: { exact: 6, fuzzy: 0 }, orphans: [], unmatched: [] });

    const second = await exportAll(editor);
    expect(comparable(second)).toEqual(comparable(first));
    expect(validator.collection(second)).toEqual([]);
  });

  it("importing the same collection twice creates nothing new; re-importing a workspace's own export neither", async () => {
    const team = await makeTeam("twice");
    const { a } = await makeStory(team.editor);
    const other = await makeTeam("twice-target");
    for (const story of [STORY.a, STORY.b, STORY.c]) await makeArticle(other.editor, story);
    const file = JSON.parse(JSON.stringify(await exportAll(team.editor)));
    const once = await importAnnotations(other.editor, file, { baseUrl: BASE });
    const twice = await importAnnotations(other.editor, file, { baseUrl: BASE });
    expect(once.created).toEqual({ claims: 4, links: 2 });
    expect(twice).toMatchObject({ created: { claims: 0, links: 0 }, alreadyImported: 6 });
    const own = await importAnnotations(team.editor, file, { baseUrl: BASE });
    expect(own).toMatchObject({ created: { claims: 0, links: 0 }, alreadyImported: 6 });
    expect(await listClaims(team.editor, a.id)).toHaveLength(3);
  });

  it("viewers can export and cannot import", async () => {
    const team = await makeTeam("viewer");
    await makeStory(team.editor);
    const file = await exportAll(team.viewer);
    await expectAppError(importAnnotations(team.viewer, file, { baseUrl: BASE }), "FORBIDDEN");
    await expectAppError(importAnnotations(team.reviewer, file, { baseUrl: BASE }), "FORBIDDEN");
  });

  it("imports other tools' annotations (Hypothesis JSON-LD) as pending claims with their text, anchoring exactly, fuzzily or as orphans", async () => {
    const team = await makeTeam("hypothesis");
    const article = await makeArticle(team.editor, STORY.a);
    const text = article.text;
    const cp = (utf16: number) => [...text.slice(0, utf16)].length;
    const at = text.indexOf("budget rose");
    const hypothesis = [
      {
        "@context": "http://www.w3.org/ns/anno.jsonld", type: "Annotation", id: "https://hypothes.is/a/exact1",
        creator: "acct:reader@hypothes.is", created: "2026-04-05T10:00:00Z", modified: "2026-04-05T10:00:00Z",
        body: [{ type: "TextualBody", value: "Is this **really** 40m?", format: "text/markdown" }, { type: "TextualBody", purpose: "tagging", value: "budget" }],
        target: [{ source: STORY.a.url, selector: [
          { type: "RangeSelector", startSelector: { type: "XPathSelector", value: "/main[1]/p[2]" }, endSelector: { type: "XPathSelector", value: "/main[1]/p[2]" } },
          { type: "TextPositionSelector", start: cp(at), end: cp(at + "budget rose".length) },
          { type: "TextQuoteSelector", exact: "budget rose", prefix: "said the ", suffix: " to 40" },
        ] }],
      },
      {
        "@context": "http://www.w3.org/ns/anno.jsonld", type: "Annotation", id: "https://hypothes.is/a/fuzzy1",
        body: [{ type: "TextualBody", value: "Two months? Source says three." }],
        target: [{ source: `${STORY.a.url}#comments`, selector: [{ type: "TextQuoteSelector", exact: "will open in Jun, two month late", prefix: "the tunnel " }] }],
      },
      {
        "@context": "http://www.w3.org/ns/anno.jsonld", type: "Annotation", id: "https://hypothes.is/a/orphan1",
        body: { type: "TextualBody", value: "This paragraph was removed." },
        target: { source: STORY.a.url, selector: { type: "TextQuoteSelector", exact: "a sentence that no version of the article ever contained at all" } },
      },
      {
        "@context": "http://www.w3.org/ns/anno.jsonld", type: "Annotation", id: "https://hypothes.is/a/elsewhere",
        body: { type: "TextualBody", value: "Another site" },
        target: { source: "https://unrelated.example/page", selector: { type: "TextQuoteSelector", exact: "anything" } },
      },
    ];
    const result = await importAnnotations(team.editor, hypothesis, { baseUrl: BASE });
    expect(result).toMatchObject({ found: 4, created: { claims: 3, links: 0 }, anchored: { exact: 1, fuzzy: 1 } });
    expect(result.orphans).toEqual([expect.objectContaining({ sourceId: "https://hypothes.is/a/orphan1", quote: "a sentence that no version of the article ever contained at all" })]);
    expect(result.unmatched).toEqual([expect.objectContaining({ sourceId: "https://hypothes.is/a/elsewhere", source: "https://unrelated.example/page" })]);
    const claims = await listClaims(team.editor, article.id);
    expect(claims.map((c) => [c.anchor.quote.exact, c.verdict, c.orphaned])).toEqual([
      ["will open in June, two months late", "PENDING", false],
      ["budget rose", "PENDING", false],
      ["a sentence that no version of the article ever contained at all", "PENDING", true],
    ]);
    expect(JSON.stringify(claims[1].rationale)).toContain("Is this **really** 40m?");
    expect(JSON.stringify(claims[1].rationale)).toContain("Tags: budget");

    // Picking the article places annotations whose source matches nothing.
    const picked = await importAnnotations(team.editor, [hypothesis[3]], { baseUrl: BASE, articleId: article.id });
    expect(picked).toMatchObject({ created: { claims: 1 }, unmatched: [], orphans: [expect.objectContaining({ quote: "anything" })] });
  });

  it("keeps the links' relation and passage when importing, and their claim", async () => {
    const team = await makeTeam("links");
    await makeStory(team.editor);
    const other = await makeTeam("links-target");
    const [a] = [await makeArticle(other.editor, STORY.a), await makeArticle(other.editor, STORY.b), await makeArticle(other.editor, STORY.c)];
    await importAnnotations(other.editor, await exportAll(team.editor), { baseUrl: BASE });
    const june = (await listClaims(other.editor, a.id)).find((c) => c.anchor.quote.exact === "the tunnel will open in June")!;
    const links = await listClaimLinks(other.editor, a.id, june.id);
    expect(links.map((l) => [l.relation, l.target.anchor.quote.exact, l.note]).sort()).toEqual([
      ["CONTRADICTS", "the tunnel will not open before September", "Autumn, not June"],
      ["SAME_CLAIM", "the tunnel will open in June", null],
    ]);
    expect(june.evidence).toEqual([expect.objectContaining({ url: "https://city.example/minutes?p=4&lang=en", quote: "Opening: July <2026>", note: "Page 4", checkedAt: "2026-04-03T00:00:00.000Z" })]);
  });
});
