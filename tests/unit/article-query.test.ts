import { describe, expect, it } from "vitest";
import { articleQuerySchema, effectiveArticleSort } from "@/lib/domain/article-query";

describe("article list query", () => {
  it("reads paging and sorting from a query string, an empty field being no field", () => {
    expect(articleQuerySchema.parse({})).toMatchObject({ page: 1, pageSize: 50 });
    expect(articleQuerySchema.parse({ page: "", pageSize: "", sort: "", dir: "" })).toMatchObject({ page: 1, pageSize: 50, sort: undefined, dir: undefined });
    expect(articleQuerySchema.safeParse({ page: "0" }).success).toBe(false);
    expect(articleQuerySchema.safeParse({ pageSize: "500" }).success).toBe(false);
    expect(articleQuerySchema.safeParse({ sort: "author" }).success).toBe(false);
  });

  it("sorts by relevance only when searching, newest first otherwise", () => {
    expect(effectiveArticleSort({})).toEqual({ sort: "published", dir: "desc" });
    expect(effectiveArticleSort({ q: "ferry" })).toEqual({ sort: "relevance", dir: "desc" });
    expect(effectiveArticleSort({ sort: "relevance" })).toEqual({ sort: "published", dir: "desc" });
    expect(effectiveArticleSort({ sort: "outlet" })).toEqual({ sort: "outlet", dir: "asc" });
    expect(effectiveArticleSort({ sort: "claims", dir: "asc" })).toEqual({ sort: "claims", dir: "asc" });
  });
});
