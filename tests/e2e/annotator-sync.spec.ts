import { createArticle, expect, selectText, signIn, test, type Team } from "./fixtures";

const HTML = `<p>The ferry between Portnahaven and Inchmore resumed on Tuesday after a three-week suspension, the operator said.</p>
<p>The operator blamed a shortage of engineers.</p>`;

/** Someone else corrects the article meanwhile (a new revision the open annotator does not know of). */
async function correctElsewhere(team: Team, articleId: string) {
  const { correctArticleText } = await import("../../lib/server/articles/correct-article-text");
  const { getArticle } = await import("../../lib/server/articles/get-article");
  const { htmlToDoc } = await import("../../lib/editor/html-to-doc");
  const actor = { userId: team.admin.id, workspaceId: team.workspaceId, role: "ADMIN" as const };
  const { revision } = await getArticle(actor, articleId, { doc: false, plainText: false });
  await correctArticleText(actor, articleId, revision.id, htmlToDoc(`${HTML}<p>Correction: the suspension lasted four weeks.</p>`));
}

test("a refused save whose reload fails too says the claims may be out of date and offers a retry", async ({ page, team }) => {
  const article = await createArticle(team, "Ferry link (sync)", HTML);
  await signIn(page, team.editor);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByTestId("article-text")).toContainText("shortage of engineers");

  await correctElsewhere(team, article.id);
  // The connection drops just as the annotator tries to reload the claims after the refusal.
  const claimsUrl = `**/api/v1/articles/${article.id}/claims`;
  await page.route(claimsUrl, (route) => (route.request().method() === "GET" ? route.abort("internetdisconnected") : route.continue()));
  await selectText(page, "shortage of engineers");
  await page.keyboard.press("Alt+1");

  await expect(page.getByRole("alert").filter({ hasText: "text was corrected meanwhile" })).toBeVisible();
  const outOfSync = page.getByTestId("annotator-out-of-sync");
  await expect(outOfSync).toContainText("could not reload the claims from the server");
  await expect(outOfSync.getByRole("button", { name: "Reload the page" })).toBeVisible();
  // The refused claim is not left on screen as if it were saved.
  await expect(page.getByTestId("claim-total")).toHaveText("0 total");
  await expect(page.locator("[data-testid=article-text] [data-claim-id]")).toHaveCount(0);

  await page.unroute(claimsUrl);
  await outOfSync.getByRole("button", { name: "Try again" }).click();
  await expect(outOfSync).toBeHidden();
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
});
