import { describe, expect, it } from "vitest";
import { articleQuerySchema, effectiveArticleSort, parseArticleQuery } from "@/lib/domain/article-query";

describe("article list query", () => {
  it("reads paging and sorting from a query string, an empty field being no field", () => {
    expect(articleQuerySchema.parse({})).toMatchObject({ page: 1, pageSize: 50 });
    expect(articleQuerySchema.parse({ page: "", pageSize: "", sort: "", dir: "" })).toMatchObject({ page: 1, pageSize: 50, sort: undefined, dir: undefined });
    expect(articleQuerySchema.safeParse({ page: "0" }).success).toBe(false);
    expect(articleQuerySchema.safeParse({ pageSize: "500" }).success).toBe(false);
    expect(articleQuerySchema.safeParse({ sort: "author" }).success).toBe(false);
  });

  it("treats every empty field the search form sends as no filter", () => {
    const form = { q: "Lavrov", outlet: "", from: "", to: "", verdict: "" };
    expect(parseArticleQuery(form)).toEqual({ query: { q: "Lavrov", page: 1, pageSize: 50 }, problems: [] });
    const disputed = parseArticleQuery({ q: "", outlet: "", from: "", to: "", verdict: "DISPUTED" });
    expect(disputed.problems).toEqual([]);
    expect(disputed.query).toEqual({ verdict: "DISPUTED", page: 1, pageSize: 50 });
    const dates = parseArticleQuery({ q: "", outlet: "", from: "2022-02-01", to: "2022-02-28", verdict: "" });
    expect(dates.problems).toEqual([]);
    expect(dates.query.from?.toISOString()).toBe("2022-02-01T00:00:00.000Z");
    expect(dates.query.to?.toISOString()).toBe("2022-02-28T00:00:00.000Z");
  });

  it("drops only a bad field, with a message written for a person", () => {
    const { query, problems } = parseArticleQuery({ q: "Lavrov", from: "yesterday", verdict: "MAYBE" });
    expect(query).toEqual({ q: "Lavrov", page: 1, pageSize: 50 });
    expect(problems).toHaveLength(2);
    for (const problem of problems) expect(problem).not.toMatch(/expected|Invalid|received/);
    const reversed = parseArticleQuery({ from: "2022-03-01", to: "2022-02-01" });
    expect(reversed.problems).toEqual(["The start date is after the end date."]);
    expect(reversed.query.from?.toISOString()).toBe("2022-03-01T00:00:00.000Z");
    expect(reversed.query.to).toBeUndefined();
  });

  it("sorts by relevance only when searching, newest first otherwise", () => {
    expect(effectiveArticleSort({})).toEqual({ sort: "published", dir: "desc" });
    expect(effectiveArticleSort({ q: "ferry" })).toEqual({ sort: "relevance", dir: "desc" });
    expect(effectiveArticleSort({ sort: "relevance" })).toEqual({ sort: "published", dir: "desc" });
    expect(effectiveArticleSort({ sort: "outlet" })).toEqual({ sort: "outlet", dir: "asc" });
    expect(effectiveArticleSort({ sort: "claims", dir: "asc" })).toEqual({ sort: "claims", dir: "asc" });
  });
});
