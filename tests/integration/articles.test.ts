import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getArticle } from "@/lib/server/articles/get-article";
import { importArticle } from "@/lib/server/articles/import-article";
import { listArticles } from "@/lib/server/articles/list-articles";
import { makeTeam } from "@/lib/factories/make-team";
import { expectAppError } from "./expect-app-error";
import { asOwner } from "./owner-database";

const TEXT = `Harbour bridge reopens after repairs

The Old Harbour bridge reopened to traffic on Monday after eight months of repairs, the city council said.

About 14,000 vehicles are expected to cross it each day.`;

describe("articles", () => {
  it("an editor imports text into an article with an immutable first revision and an audit row", async () => {
    const team = await makeTeam("articles");
    const article = await importArticle(team.editor, { kind: "text", text: TEXT }, { title: "Bridge reopens", outlet: "City Desk" });
    const loaded = await getArticle(team.viewer, article.id);
    expect(loaded.title).toBe("Bridge reopens");
    expect(loaded.revision.number).toBe(1);
    expect(loaded.revision.plainText).toContain("About 14,000 vehicles");
    // A title given by the caller never swallows the text's first line.
    expect(loaded.revision.plainText.startsWith("Harbour bridge reopens after repairs")).toBe(true);
    expect(loaded.revision.sha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = await getDb().auditEvent.findMany({ where: { entityId: article.id } });
    expect(audit.map((a) => a.action)).toEqual(["article.created"]);
    // The trigger holds even for the table's owner; the app's own role may not even try (app-role.test.ts).
    await asOwner(async (owner) => {
      await expect(owner.query(`UPDATE "ArticleRevision" SET "plainText" = 'x' WHERE id = $1`, [loaded.revision.id])).rejects.toThrow(/immutable/);
    });
  });

  it("refuses a duplicate of an article already in the workspace, but not in another workspace", async () => {
    const team = await makeTeam("dupes");
    const other = await makeTeam("dupes-other");
    await importArticle(team.editor, { kind: "text", text: TEXT }, { title: "First" });
    const reflowed = TEXT.replace(/\n\n/g, "\n\n\n").toUpperCase();
    await expectAppError(importArticle(team.editor, { kind: "text", text: reflowed }, { title: "Again" }), "DUPLICATE");
    await importArticle(other.editor, { kind: "text", text: TEXT }, { title: "Elsewhere" });
  });

  it("refuses writes by viewers and reviewers, and hides other workspaces' articles", async () => {
    const team = await makeTeam("deny-articles");
    const other = await makeTeam("deny-other");
    await expectAppError(importArticle(team.viewer, { kind: "text", text: TEXT }, { title: "Nope" }), "FORBIDDEN");
    await expectAppError(importArticle(team.reviewer, { kind: "text", text: TEXT }, { title: "Nope" }), "FORBIDDEN");
    const article = await importArticle(team.editor, { kind: "text", text: TEXT }, { title: "Mine" });
    await expectAppError(getArticle(other.admin, article.id), "NOT_FOUND");
    expect((await listArticles(other.admin)).items.some((a) => a.id === article.id)).toBe(false);
    expect((await listArticles(team.viewer)).items.map((a) => a.id)).toContain(article.id);
  });

  it("refuses empty content with a clear error", async () => {
    const team = await makeTeam("empty");
    await expectAppError(importArticle(team.editor, { kind: "text", text: "   \n\n  " }, { title: "Empty" }), "EMPTY_CONTENT");
  });
});
