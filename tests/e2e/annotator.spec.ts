import { createArticle, expect, selectText, signIn, test } from "./fixtures";

const HTML = `<h2>Ferry link to Inchmore restored</h2>
<p>The ferry between Portnahaven and Inchmore resumed on Tuesday after a three-week suspension, the operator said.</p>
<p>The operator blamed a shortage of engineers. Unions said 14 crossings were cancelled in the first week alone.</p>
<p>Islanders' council chair <em>Morag Ives</em> said shops ran out of fresh milk 😟 within days.</p>`;

test.describe("annotator", () => {
  test("tag claims with each verdict by toolbar and keyboard, add evidence, and see it all after a reload", async ({ page, team }) => {
    const article = await createArticle(team, "Ferry link restored", HTML);
    await signIn(page, team.editor);
    await page.goto(`/articles/${article.id}`);
    const toolbar = page.getByRole("toolbar", { name: "Tag the selection" });

    await selectText(page, "resumed on Tuesday after a three-week suspension");
    await toolbar.getByRole("button", { name: /Verified/ }).click();
    await expect(page.getByRole("radio", { name: "Verified" })).toHaveAttribute("aria-checked", "true");
    await page.getByRole("button", { name: "All claims" }).click();
    await expect(page.getByTestId("count-VERIFIED")).toContainText("1");

    await selectText(page, "14 crossings were cancelled");
    await page.keyboard.press("Alt+2");
    await expect(page.getByTestId("claim-detail")).toContainText("14 crossings were cancelled");
    await page.getByRole("button", { name: "All claims" }).click();
    await expect(page.getByTestId("count-DISPUTED")).toContainText("1");

    await selectText(page, "shortage of engineers");
    await toolbar.getByRole("button", { name: /Sourced only/ }).click();
    await page.getByRole("button", { name: "All claims" }).click();

    await selectText(page, "shops ran out of fresh milk 😟");
    await page.keyboard.press("Alt+0");
    await page.getByRole("button", { name: "All claims" }).click();
    await expect(page.getByTestId("count-PENDING")).toContainText("1");

    // A claim inside another one, crossing into the emphasis.
    await selectText(page, "chair Morag Ives said shops");
    await page.keyboard.press("Alt+1");
    await page.getByRole("button", { name: "All claims" }).click();
    await expect(page.getByTestId("count-VERIFIED")).toContainText("2");

    // Evidence on the disputed claim.
    await page.getByTestId("claim-item").filter({ hasText: "14 crossings" }).click();
    await page.getByText("+ Add an evidence item").click();
    await page.getByLabel("Source URL").fill("https://unions.example/statement");
    await page.getByLabel("Quoted passage").fill("nine crossings were lost");
    await page.getByLabel("Note").fill("Union figure differs from the operator log");
    await page.getByRole("button", { name: "Add evidence" }).click();
    await expect(page.getByTestId("evidence-list")).toContainText("https://unions.example/statement");
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);

    await page.reload();
    await expect(page.getByTestId("claim-total")).toHaveText("5 total");
    for (const [verdict, count] of [["VERIFIED", 2], ["DISPUTED", 1], ["SOURCED_ONLY", 1], ["PENDING", 1]] as const) {
      await expect(page.getByTestId(`count-${verdict}`)).toContainText(String(count));
    }
    await expect(page.locator("[data-testid=article-text] [data-claim-id]").filter({ hasText: "😟" })).toHaveCount(1);
    await page.getByTestId("claim-item").filter({ hasText: "14 crossings" }).click();
    await expect(page.getByTestId("evidence-list")).toContainText("nine crossings were lost");
    await expect(page.getByTestId("claim-meta")).toContainText(team.editor.name);

    // Clicking highlighted text opens its claim; undo brings a deleted claim back.
    await page.getByRole("button", { name: "All claims" }).click();
    await page.locator("[data-testid=article-text] [data-claim-id]").filter({ hasText: "shortage of engineers" }).first().click();
    await expect(page.getByTestId("claim-detail")).toContainText("shortage of engineers");
    await page.getByTestId("claim-detail").getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete claim" }).click();
    await expect(page.getByTestId("claim-total")).toHaveText("4 total");
    await page.getByRole("button", { name: /Undo delete/ }).click();
    await expect(page.getByTestId("claim-total")).toHaveText("5 total");
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
    await page.reload();
    await expect(page.getByTestId("claim-total")).toHaveText("5 total");
  });

  test("a second user's browser sees the claims, and a stale edit gets a conflict instead of overwriting", async ({ page, team, browser }) => {
    const article = await createArticle(team, "Ferry link restored (2)", HTML);
    // This browser is offline for live updates, so its copy of the claim goes stale (tests/e2e/live.spec.ts covers the live path).
    await page.route("**/api/v1/events**", (route) => route.abort());
    await signIn(page, team.editor);
    await page.goto(`/articles/${article.id}`);
    await selectText(page, "shortage of engineers");
    await page.keyboard.press("Alt+3");
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);

    const other = await browser.newContext();
    const second = await other.newPage();
    await signIn(second, team.admin);
    await second.goto(`/articles/${article.id}`);
    await expect(second.getByTestId("claim-item")).toHaveCount(1);
    await second.getByTestId("claim-item").click();
    await second.getByRole("radio", { name: "Verified" }).click();
    await expect(second.getByTestId("save-status")).toHaveText(/Saved/);

    // The first editor still sees the old version and re-rates it: refused, both versions shown; taking theirs shows the newer verdict.
    await page.getByRole("radio", { name: "Disputed" }).click();
    const conflict = page.getByTestId("conflict-dialog");
    await expect(conflict.getByTestId("conflict-yours")).toContainText("Disputed");
    await expect(conflict.getByTestId("conflict-theirs")).toContainText("Verified");
    await conflict.getByRole("button", { name: "Keep theirs" }).click();
    await expect(conflict).toBeHidden();
    await expect(page.getByRole("radio", { name: "Verified" })).toHaveAttribute("aria-checked", "true");
    await other.close();
  });

  test("correcting the text makes a new revision and the claims follow it", async ({ page, team }) => {
    const article = await createArticle(team, "Ferry link restored (3)", HTML);
    await signIn(page, team.editor);
    await page.goto(`/articles/${article.id}`);
    await selectText(page, "14 crossings were cancelled");
    await page.keyboard.press("Alt+2");
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);

    await page.getByRole("button", { name: "Correct text" }).click();
    await expect(page.getByTestId("correction-bar")).toBeVisible();
    const editor = page.getByTestId("article-text");
    // The very start of the paragraph: its top-left corner.
    await editor.getByText("The operator blamed").click({ position: { x: 1, y: 4 } });
    await page.keyboard.type("Update: ");
    await page.getByRole("button", { name: "Save correction" }).click();
    await expect(page.getByText(/Saved revision 2\. 1 claim followed the text/)).toBeVisible();
    await expect(page.getByText("Revision 2", { exact: true })).toBeVisible();
    await expect(editor).toContainText("Update: The operator blamed");
    await expect(editor.locator("[data-claim-id]")).toHaveText("14 crossings were cancelled");
  });

  test("a viewer reads the claims but cannot tag", async ({ page, team }) => {
    const article = await createArticle(team, "Ferry link restored (4)", HTML);
    await signIn(page, team.viewer);
    await page.goto(`/articles/${article.id}`);
    await expect(page.getByTestId("read-only-note")).toHaveText("As a viewer you can read this article, its claims, rationales and evidence and export a report of them (Export, above). Tagging and rating claims is for editors.");
    await selectText(page, "shortage of engineers", { expectToolbar: false });
    await expect(page.getByRole("toolbar", { name: "Tag the selection" })).toHaveCount(0);
    await page.keyboard.press("Alt+1");
    await expect(page.getByTestId("claim-item")).toHaveCount(0);
    const response = await page.request.post(`/api/v1/articles/${article.id}/claims`, {
      data: { revisionId: "x", anchor: { quote: { type: "TextQuoteSelector", exact: "a", prefix: "", suffix: "" }, position: { type: "TextPositionSelector", start: 0, end: 1 } } },
    });
    expect(response.status()).toBe(403);
  });

  test("a claim's text copied and pasted while correcting is not a second claim, and cancelling brings the text back", async ({ page, team }) => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const article = await createArticle(team, "Ferry link restored (5)", HTML);
    await signIn(page, team.editor);
    await page.goto(`/articles/${article.id}`);
    await selectText(page, "14 crossings were cancelled");
    await page.keyboard.press("Alt+2");
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
    const editor = page.getByTestId("article-text");
    const claimSpans = editor.locator("[data-claim-id]");
    await expect(claimSpans).toHaveText("14 crossings were cancelled");

    await page.getByRole("button", { name: "Correct text" }).click();
    await expect(page.getByTestId("correction-bar")).toBeVisible();
    await selectText(page, "14 crossings were cancelled", { expectToolbar: false });
    await page.keyboard.press("ControlOrMeta+C");
    // The copy has reached the clipboard before the caret moves (the paste below reads it).
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe("14 crossings were cancelled");
    // Caret before "The operator blamed", then paste. Under heavy load Chromium sometimes drops the first
    // keyboard paste into a freshly focused editor, so the gesture is repeated until the text is there.
    await expect(async () => {
      await editor.getByText("The operator blamed").click({ position: { x: 1, y: 4 } });
      await page.keyboard.press("ControlOrMeta+V");
      await expect(editor).toContainText("14 crossings were cancelledThe operator blamed", { timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
    // The pasted copy is plain text: the claim is still marked once.
    await expect(claimSpans).toHaveText("14 crossings were cancelled");

    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByTestId("correction-bar")).toHaveCount(0);
    await expect(editor).not.toContainText("cancelledThe operator");
    await expect(editor).toContainText("The operator blamed a shortage of engineers.");
    await expect(claimSpans).toHaveText("14 crossings were cancelled");
  });
});
