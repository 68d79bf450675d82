import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { articleQuerySchema } from "@/lib/domain/article-query";
import { importArticle } from "@/lib/server/articles/import-article";
import { listArticles } from "@/lib/server/articles/list-articles";
import { makeTeam } from "@/lib/factories/make-team";

describe("article list paging and sorting", () => {
  it("pages through every article (past 200), in a stable order, with the total on every page", async () => {
    const team = await makeTeam("paging");
    const day = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 3_600_000);
    await getDb().article.createMany({
      data: Array.from({ length: 230 }, (_, i) => ({
        workspaceId: team.workspaceId, createdById: team.editor.userId, contentHash: `paging-${team.workspaceId}-${i}`,
        title: `Article ${String(i).padStart(3, "0")}`, outlet: i % 2 ? "Odd Times" : "Even Post", publishedAt: i === 7 ? null : day(i),
      })),
    });

    const seen: string[] = [];
    for (let page = 1; page <= 5; page++) {
      const result = await listArticles(team.viewer, articleQuerySchema.parse({ page: String(page), pageSize: "50" }));
      expect(result).toMatchObject({ total: 230, page, pageSize: 50, sort: "published", dir: "desc" });
      seen.push(...result.items.map((a) => a.title));
    }
    expect(seen).toHaveLength(230);
    expect(new Set(seen).size).toBe(230);
    // Newest first; the undated article last.
    expect(seen.slice(0, 2)).toEqual(["Article 229", "Article 228"]);
    expect(seen.at(-1)).toBe("Article 007");

    // A page past the end is empty but still counts the matches.
    expect(await listArticles(team.viewer, { page: 9, pageSize: 50 })).toMatchObject({ total: 230, items: [] });

    const byTitle = await listArticles(team.viewer, articleQuerySchema.parse({ sort: "title", pageSize: "3" }));
    expect(byTitle).toMatchObject({ sort: "title", dir: "asc" });
    expect(byTitle.items.map((a) => a.title)).toEqual(["Article 000", "Article 001", "Article 002"]);
    const lastByTitle = await listArticles(team.viewer, articleQuerySchema.parse({ sort: "title", dir: "desc", page: "2", pageSize: "100" }));
    expect(lastByTitle.items[0].title).toBe("Article 129");
    const oddOnes = await listArticles(team.viewer, articleQuerySchema.parse({ outlet: "Odd Times", sort: "published", dir: "asc", pageSize: "200" }));
    expect(oddOnes.total).toBe(115);
    expect(oddOnes.items[0].title).toBe("Article 001");
    expect(oddOnes.items.every((a) => a.outlet === "Odd Times")).toBe(true);
  });

  it("keeps the zone a dateline printed its time in", async () => {
    const team = await makeTeam("zone");
    const article = await importArticle(team.editor, {
      kind: "text",
      text: "Strait talks resume after a week\n\nPublished - March 3, 2023 06:12 pm IST - New Delhi\n\nThe talks resumed on Friday, officials said.",
    });
    expect(article.publishedAt).toBe("2023-03-03T12:42:00.000Z");
    expect(article.sourceTimeZone).toBe("IST");
    const [listed] = (await listArticles(team.viewer)).items;
    expect(listed.sourceTimeZone).toBe("IST");
  });
});
