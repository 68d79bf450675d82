import { createArticleWith, createClaim, expect, selectText, signIn, test } from "./fixtures";

// Issue 12, the Major items: nothing a fact-checker did is lost or silently kept stale.

const SPILLWAY = `<p>Officials said 2,100 people were evacuated from the valley. The wall was made of reinforced concrete, engineers said.</p>
<p>The spillway gave way on Sunday night.</p>`;

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

test("a correction that changes a rated claim's own words flags it until an editor checks it again", async ({ page, team }) => {
  const article = await createArticleWith(team, { title: "Spillway (correction)", html: SPILLWAY });
  await createClaim(team, article, { quote: "2,100 people were evacuated", verdict: "DISPUTED", rationale: "The county counted 1,800." });
  await createClaim(team, article, { quote: "made of reinforced concrete", verdict: "VERIFIED" });
  await signIn(page, team.editor);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByTestId("claim-item")).toHaveCount(2);

  await page.getByRole("button", { name: "Correct text" }).click();
  await selectText(page, "2,100", { expectToolbar: false });
  await page.keyboard.type("2,300");
  await page.getByRole("button", { name: "Save correction" }).click();

  await expect(page.getByText(/Saved revision 2\. 2 claims followed the text\. The wording of 1 rated claim changed: check it again\./)).toBeVisible();
  const summary = page.getByTestId("changed-wording");
  await expect(summary).toContainText("Was: 2,100 people were evacuated");
  await expect(summary).toContainText("Now: 2,300 people were evacuated");
  await expect(page.getByTestId("recheck-count")).toHaveText(/1 claim to check again/);
  // The other claim's anchor neither grew nor lost its edges.
  await expect(page.locator("[data-testid=article-text] [data-claim-id]").filter({ hasText: "concrete" })).toHaveText("made of reinforced concrete");

  // The flag is stored, not a message of the moment.
  await page.reload();
  await expect(page.getByTestId("recheck-count")).toHaveText(/1 claim to check again/);
  await page.getByTestId("claim-item").filter({ hasText: "2,300" }).click();
  const notice = page.getByTestId("text-changed");
  await expect(notice).toContainText("Text changed since it was rated: check again");
  await expect(notice).toContainText("Rated on: 2,100 people were evacuated");
  await expect(notice).toContainText("Now reads: 2,300 people were evacuated");
  await notice.getByRole("button", { name: "Verdict still holds" }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  await page.getByRole("button", { name: "All claims" }).click();
  await expect(page.getByTestId("recheck-count")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("claim-item")).toHaveCount(2);
  await expect(page.getByTestId("recheck-count")).toHaveCount(0);
});

test("deleting a claim asks first, can be undone, and can be restored after a reload from the deleted claims", async ({ page, team }) => {
  const article = await createArticleWith(team, { title: "Spillway (deletion)", html: SPILLWAY });
  await createClaim(team, article, { quote: "The spillway gave way on Sunday night", verdict: "VERIFIED" });
  await signIn(page, team.editor);
  await page.goto(`/articles/${article.id}`);
  const items = page.getByTestId("claim-item");
  await items.first().click();

  await page.getByTestId("claim-detail").getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Delete this claim?");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("claim-detail")).toBeVisible();

  await page.getByTestId("claim-detail").getByRole("button", { name: "Delete" }).click();
  await dialog.getByRole("button", { name: "Delete claim" }).click();
  await expect(items).toHaveCount(0);
  await page.getByRole("button", { name: "Undo delete" }).click();
  await expect(items).toHaveCount(1);
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);

  await items.first().click();
  await page.getByTestId("claim-detail").getByRole("button", { name: "Delete" }).click();
  await dialog.getByRole("button", { name: "Delete claim" }).click();
  await expect(items).toHaveCount(0);
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);

  await page.reload();
  await expect(page.getByTestId("claim-total")).toHaveText("0 total");
  await page.getByRole("button", { name: "Deleted claims" }).click();
  const deleted = page.getByTestId("deleted-claim");
  await expect(deleted).toHaveCount(1);
  await expect(deleted).toContainText("The spillway gave way on Sunday night");
  await expect(deleted).toContainText(`Deleted by ${team.editor.name}`);
  await deleted.getByRole("button", { name: "Restore" }).click();
  await expect(items).toHaveCount(1);
  await expect(deleted).toHaveCount(0);
  await expect(page.locator("[data-testid=article-text] [data-claim-id]")).toHaveText("The spillway gave way on Sunday night");
});

test("a rationale conflict shows theirs and mine side by side and keeps both when asked", async ({ page, team }) => {
  const article = await createArticleWith(team, { title: "Spillway (rationale)", html: SPILLWAY });
  const claim = await createClaim(team, article, { quote: "2,100 people were evacuated", verdict: "DISPUTED" });
  await signIn(page, team.editor);
  await page.goto(`/articles/${article.id}`);
  await page.getByTestId("claim-item").first().click();
  const field = page.getByTestId("rationale");
  await field.click();
  await page.keyboard.type("Mine: the county counted 1,800.");

  // A teammate saves their rationale first.
  const { updateClaim } = await import("../../lib/server/claims/update-claim");
  await updateClaim(team.admin, article.id, claim.id, { version: claim.version, rationale: doc("Theirs: the fire service said 2,000.") });

  await page.getByRole("heading", { name: "Verdict" }).click();
  const dialog = page.getByTestId("conflict-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("conflict-theirs")).toContainText("Theirs: the fire service said 2,000.");
  await expect(dialog.getByTestId("conflict-theirs")).toContainText(team.admin.name);
  await expect(dialog.getByTestId("conflict-yours")).toContainText("Mine: the county counted 1,800.");

  // Closing without a choice loses nothing: the choice waits.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.getByTestId("conflict-pending").getByRole("button", { name: "Compare and choose" }).click();
  await expect(dialog.getByTestId("conflict-yours")).toContainText("Mine: the county counted 1,800.");
  await dialog.getByRole("button", { name: "Keep both to merge" }).click();
  await expect(dialog).toBeHidden();
  await expect(field).toContainText("Theirs: the fire service said 2,000.");
  await expect(field).toContainText("Mine: the county counted 1,800.");
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);

  await page.reload();
  await page.getByTestId("claim-item").first().click();
  await expect(page.getByTestId("rationale")).toContainText("Theirs: the fire service said 2,000.");
  await expect(page.getByTestId("rationale")).toContainText("Mine: the county counted 1,800.");
});
