import { createArticle, expect, signIn, test } from "./fixtures";

test.describe("article trash (issue 11)", () => {
  test("an editor deletes an article after confirming, it leaves the list and search, and comes back from the trash", async ({ page, team }) => {
    const article = await createArticle(team, "Harbour tunnel delayed again", "<p>The council said the harbour tunnel will open in June, two months late.</p>");
    await createArticle(team, "Ferry fares rise in May", "<p>Ferry fares rise by eight percent in May, the operator said on Monday.</p>");

    await signIn(page, team.editor);
    await page.goto(`/articles/${article.id}`);
    // The annotator has loaded, so the page's buttons are live.
    await expect(page.getByTestId("article-text")).toBeVisible();
    await page.getByRole("button", { name: "Delete article" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("Move this article to the trash?");
    // Cancel keeps it.
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole("button", { name: "Delete article" }).click();
    await dialog.getByRole("button", { name: "Move to trash" }).click();

    await expect(page).toHaveURL(/\/articles\?deleted=/);
    await expect(page.getByText("The article was moved to the trash.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Ferry fares rise in May" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Harbour tunnel delayed again" })).toHaveCount(0);
    await page.goto("/articles?q=harbour");
    await expect(page.getByTestId("article-count")).toContainText("0 articles");
    expect((await page.goto(`/articles/${article.id}`))?.status()).toBe(404);

    await page.goto("/articles");
    await page.getByRole("link", { name: "Trash" }).click();
    const row = page.getByTestId("trash-table").getByRole("row").filter({ hasText: "Harbour tunnel delayed again" });
    await expect(row).toContainText(team.editor.name);
    await row.getByRole("button", { name: "Restore" }).click();
    await expect(page.getByText("The trash is empty.")).toBeVisible();
    await page.goto("/articles");
    await expect(page.getByRole("link", { name: "Harbour tunnel delayed again" })).toBeVisible();

    // Its page opens again.
    await page.goto(`/articles/${article.id}`);
    await expect(page.getByRole("heading", { name: "Harbour tunnel delayed again" })).toBeVisible();
  });

  test("a viewer sees no Delete article button", async ({ page, team }) => {
    const article = await createArticle(team, "Bridge inspection finds cracks", "<p>Inspectors found three cracks in the north span on Friday.</p>");
    await signIn(page, team.viewer);
    await page.goto(`/articles/${article.id}`);
    await expect(page.getByRole("heading", { name: "Bridge inspection finds cracks" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Delete article" })).toHaveCount(0);
  });
});
