import { describe, expect, it } from "vitest";
import { listArticles, listOutlets } from "@/lib/server/articles/list-articles";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeTeam } from "@/lib/factories/make-team";

describe("article list", () => {
  it("searches the text, filters by outlet, date and verdict, and counts claims per verdict", async () => {
    const team = await makeTeam("list");
    const a = await makeArticle(team.editor, { title: "Reservoir spillway collapses", outlet: "Valley Post", publishedAt: "2026-03-14T09:00:00Z",
      html: "<p>Engineers inspected the spillways in September. Residents were evacuated overnight.</p>" });
    await makeArticle(team.editor, { title: "Council approves ferry timetable", outlet: "Harbour Times", publishedAt: "2026-04-02T09:00:00Z",
      html: "<p>The ferry will run every twenty minutes from May.</p>" });
    await makeClaim(team.editor, a, { quote: "Residents were evacuated overnight", verdict: "DISPUTED" });
    await makeClaim(team.editor, a, { quote: "inspected the spillways", verdict: "VERIFIED" });
    await makeClaim(team.editor, a, { quote: "in September", verdict: "VERIFIED" });

    const all = await listArticles(team.viewer);
    expect(all.total).toBe(2);
    expect(all.items.map((i) => i.title)).toEqual(["Council approves ferry timetable", "Reservoir spillway collapses"]);
    const reservoir = all.items.find((i) => i.id === a.id)!;
    expect(reservoir.claimCounts).toEqual({ PENDING: 0, VERIFIED: 2, DISPUTED: 1, SOURCED_ONLY: 0 });
    expect(reservoir.claimTotal).toBe(3);

    // Stemmed full-text search over the current text: "evacuate spillway" finds "evacuated ... spillways".
    expect((await listArticles(team.viewer, { q: "evacuate spillway" })).items.map((i) => i.id)).toEqual([a.id]);
    expect((await listArticles(team.viewer, { q: "ferry" })).items.map((i) => i.title)).toEqual(["Council approves ferry timetable"]);
    expect((await listArticles(team.viewer, { outlet: "Valley Post" })).total).toBe(1);
    expect((await listArticles(team.viewer, { from: new Date("2026-04-01"), to: new Date("2026-04-30") })).items[0].outlet).toBe("Harbour Times");
    expect((await listArticles(team.viewer, { verdict: "DISPUTED" })).items.map((i) => i.id)).toEqual([a.id]);
    expect((await listArticles(team.viewer, { verdict: "NONE" })).items.map((i) => i.outlet)).toEqual(["Harbour Times"]);
    expect(await listOutlets(team.viewer)).toEqual(["Harbour Times", "Valley Post"]);

    const other = await makeTeam("list-other");
    expect((await listArticles(other.viewer, { q: "ferry" })).total).toBe(0);
  });
});
