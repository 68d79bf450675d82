import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeTeam, type Team } from "@/lib/factories/make-team";
import { deleteArticle } from "@/lib/server/articles/delete-article";
import { getArticle } from "@/lib/server/articles/get-article";
import { listArticleTitles } from "@/lib/server/articles/list-article-titles";
import { listArticles } from "@/lib/server/articles/list-articles";
import { listDeletedArticles } from "@/lib/server/articles/list-deleted-articles";
import { restoreArticle } from "@/lib/server/articles/restore-article";
import { getCorroborationMatrix } from "@/lib/server/links/get-corroboration-matrix";
import { getLinkGraph } from "@/lib/server/links/get-link-graph";

/** Issue 11: articles go to a trash (audited), vanish from every view, and come back whole. */
describe("article trash", () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam("Trash");
  }, 60_000);

  it("an editor moves an article to the trash: gone from lists, search, matrix and graph, audited; restoring brings back claims and passages", async () => {
    const article = await makeArticle(team.editor, { title: "Harbour tunnel delayed again", html: "<p>The council said the harbour tunnel will open in June, two months late.</p>" });
    const claim = await makeClaim(team.editor, article, { quote: "will open in June" });
    const passagesBefore = await getDb().passage.count({ where: { articleId: article.id } });
    expect(passagesBefore).toBeGreaterThan(0);

    await deleteArticle(team.editor, article.id);
    await expect(getArticle(team.editor, article.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listArticles(team.editor, { q: "harbour tunnel" })).items.map((a) => a.id)).not.toContain(article.id);
    expect((await listArticleTitles(team.editor)).map((a) => a.id)).not.toContain(article.id);
    expect(JSON.stringify(await getCorroborationMatrix(team.editor))).not.toContain(article.id);
    expect(JSON.stringify(await getLinkGraph(team.editor))).not.toContain(article.id);
    expect(await getDb().passage.count({ where: { articleId: article.id } })).toBe(0);
    expect((await listDeletedArticles(team.editor)).map((a) => a.id)).toContain(article.id);
    await expect(deleteArticle(team.editor, article.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const restored = await restoreArticle(team.editor, article.id);
    expect(restored.title).toBe("Harbour tunnel delayed again");
    expect((await getArticle(team.editor, article.id)).id).toBe(article.id);
    expect(await getDb().claim.count({ where: { id: claim.id, deletedAt: null } })).toBe(1);
    expect(await getDb().passage.count({ where: { articleId: article.id } })).toBe(passagesBefore);
    await expect(restoreArticle(team.editor, article.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const audit = await getDb().auditEvent.findMany({ where: { entityId: article.id, action: { in: ["article.deleted", "article.restored"] } }, orderBy: { seq: "asc" } });
    expect(audit.map((e) => [e.action, e.data])).toEqual([
      ["article.deleted", { title: "Harbour tunnel delayed again", claims: 1 }],
      ["article.restored", { title: "Harbour tunnel delayed again" }],
    ]);
  });

  it("viewers and reviewers cannot delete or restore; another workspace's article is NOT_FOUND", async () => {
    const article = await makeArticle(team.editor, { title: "Bridge inspection", html: "<p>Inspectors found three cracks in the north span on Friday.</p>" });
    await expect(deleteArticle(team.viewer, article.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteArticle(team.reviewer, article.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await makeTeam("Elsewhere");
    await expect(deleteArticle(other.admin, article.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteArticle(team.admin, article.id);
    await expect(restoreArticle(team.viewer, article.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await restoreArticle(team.admin, article.id);
  });

  it("importing the same text again while it is in the trash says to restore it", async () => {
    const html = "<p>The ferry service resumes on Monday after a week of storms.</p>";
    const article = await makeArticle(team.editor, { title: "Ferries resume", html });
    await deleteArticle(team.editor, article.id);
    await expect(makeArticle(team.editor, { title: "Ferries resume again", html })).rejects.toMatchObject({ code: "DUPLICATE", message: expect.stringContaining("in the trash") });
  });
});
