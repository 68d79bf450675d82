import { describe, expect, it } from "vitest";
import { createAnchor } from "@/lib/domain/anchoring/selectors";
import { htmlToDoc } from "@/lib/editor/html-to-doc";
import { createArticle } from "@/lib/server/articles/create-article";
import { createClaim } from "@/lib/server/claims/create-claim";
import { getArticle } from "@/lib/server/articles/get-article";
import { listArticles, listOutlets } from "@/lib/server/articles/list-articles";
import { createTeam } from "./fixtures";

describe("article list", () => {
  it("searches the text, filters by outlet, date and verdict, and counts claims per verdict", async () => {
    const team = await createTeam("list");
    const a = await createArticle(team.editor, { title: "Reservoir spillway collapses", outlet: "Valley Post", publishedAt: new Date("2026-03-14T09:00:00Z") },
      htmlToDoc("<p>Engineers inspected the spillways in September. Residents were evacuated overnight.</p>"));
    await createArticle(team.editor, { title: "Council approves ferry timetable", outlet: "Harbour Times", publishedAt: new Date("2026-04-02T09:00:00Z") },
      htmlToDoc("<p>The ferry will run every twenty minutes from May.</p>"));
    const full = await getArticle(team.editor, a.id);
    const text = full.revision.plainText;
    const at = (phrase: string) => createAnchor(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length);
    await createClaim(team.editor, a.id, { revisionId: full.revision.id, anchor: at("Residents were evacuated overnight"), verdict: "DISPUTED" });
    await createClaim(team.editor, a.id, { revisionId: full.revision.id, anchor: at("inspected the spillways"), verdict: "VERIFIED" });
    await createClaim(team.editor, a.id, { revisionId: full.revision.id, anchor: at("in September"), verdict: "VERIFIED" });

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

    const other = await createTeam("list-other");
    expect((await listArticles(other.viewer, { q: "ferry" })).total).toBe(0);
  });
});
