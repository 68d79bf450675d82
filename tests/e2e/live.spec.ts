import type { Browser, Page } from "@playwright/test";
import { createArticle, expect, selectText, signIn, test, type TestUser } from "./fixtures";

const HTML = `<p>The ferry between Portnahaven and Inchmore resumed on Tuesday after a three-week suspension, the operator said.</p>
<p>The operator blamed a shortage of engineers.</p>`;

/** The second app instance: same database, same secret, another process (scripts/e2e-server.ts). */
const SECOND = `http://127.0.0.1:${process.env.E2E_SECOND_PORT}`;

async function secondInstanceUp() {
  await expect.poll(async () => (await fetch(`${SECOND}/api/health`).catch(() => null))?.status ?? 0, { timeout: 90_000 }).toBe(200);
}

/** A browser of its own (another user) on the second instance, on the article. */
async function onSecondInstance(browser: Browser, user: TestUser, articleId: string): Promise<Page> {
  await secondInstanceUp();
  const context = await browser.newContext({ baseURL: SECOND });
  const page = await context.newPage();
  await signIn(page, user);
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByTestId("article-text")).toContainText("shortage of engineers");
  return page;
}

test.describe("live updates between two app instances", () => {
  test("a claim tagged and re-rated on instance A appears live on instance B; presence comes and goes", async ({ page, team, browser }) => {
    const article = await createArticle(team, "Ferry link (live)", HTML);
    await signIn(page, team.editor);
    await page.goto(`/articles/${article.id}`);
    const other = await onSecondInstance(browser, team.admin, article.id);

    // Each sees the other at the top of the annotator.
    await expect(other.locator(`[data-testid=presence-avatars] [data-user-id="${team.editor.id}"]`).first()).toBeVisible({ timeout: 15_000 });
    await expect(page.locator(`[data-testid=presence-avatars] [data-user-id="${team.admin.id}"]`).first()).toBeVisible({ timeout: 15_000 });

    await selectText(page, "shortage of engineers");
    await page.keyboard.press("Alt+1");
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
    const highlight = other.locator("[data-testid=article-text] [data-claim-id]");
    await expect(highlight).toHaveText("shortage of engineers");
    await expect(other.getByTestId("claim-total")).toHaveText("1 total");
    await expect(other.getByTestId("claim-item")).toContainText("Verified");

    // Re-rated on A: B's sidebar and highlight colour follow, without a reload.
    const before = await highlight.evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.getByRole("radio", { name: "Disputed" }).click();
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
    await expect(other.getByTestId("claim-item")).toContainText("Disputed");
    await expect.poll(() => highlight.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(before);

    // The editor has the claim open: B sees them beside it in the sidebar.
    await expect(other.getByTestId("claim-item").locator(`[data-user-id="${team.editor.id}"]`)).toBeVisible({ timeout: 15_000 });

    // The editor closes the tab: gone from B within 30 s.
    await page.close({ runBeforeUnload: true });
    await expect(other.locator(`[data-user-id="${team.editor.id}"]`)).toHaveCount(0, { timeout: 35_000 });
    await other.context().close();
  });

  test("a stale rationale (someone saved theirs while I typed) shows both versions; I keep mine", async ({ page, team, browser }) => {
    const article = await createArticle(team, "Ferry link (conflict)", HTML);
    await signIn(page, team.editor);
    await page.goto(`/articles/${article.id}`);
    await selectText(page, "shortage of engineers");
    await page.keyboard.press("Alt+2");
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
    const other = await onSecondInstance(browser, team.admin, article.id);

    // A starts typing; B is told, then writes and saves their own rationale.
    await page.getByTestId("rationale").click();
    await page.keyboard.type("Mine: the staffing rota.");
    await other.getByTestId("claim-item").click();
    await expect(other.getByTestId("editing-notice")).toContainText("is editing", { timeout: 15_000 });
    await other.getByTestId("rationale").click();
    await other.keyboard.type("Theirs: the operator's statement.");
    await other.getByRole("button", { name: "All claims" }).click();
    await expect(other.getByTestId("save-status")).toHaveText(/Saved/);

    // A leaves the field: the save is refused as stale and both versions are shown.
    await page.getByText("Revision 1", { exact: true }).click();
    const conflict = page.getByTestId("conflict-dialog");
    await expect(conflict.getByTestId("conflict-yours")).toContainText("Mine: the staffing rota.");
    await expect(conflict.getByTestId("conflict-theirs")).toContainText("Theirs: the operator's statement.");
    await conflict.getByRole("button", { name: "Keep mine" }).click();
    await expect(conflict).toBeHidden();
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
    await expect(page.getByTestId("rationale")).toContainText("Mine: the staffing rota.");
    // B sees the kept rationale live.
    await other.getByTestId("claim-item").click();
    await expect(other.getByTestId("rationale")).toContainText("Mine: the staffing rota.");
    await other.context().close();
  });
});

test("a reload with changes still queued loses nothing, and creates each claim once", async ({ page, team }) => {
  const article = await createArticle(team, "Ferry link (outbox)", HTML);
  await signIn(page, team.editor);
  await page.goto(`/articles/${article.id}`);
  const claims = `**/api/v1/articles/${article.id}/claims`;
  await page.route(claims, (route) => (route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue()));
  await selectText(page, "shortage of engineers");
  await page.keyboard.press("Alt+3");
  await expect(page.getByTestId("save-status")).toContainText("1 change queued");

  await page.unroute(claims);
  page.on("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByTestId("claim-total")).toHaveText("1 total");
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
  await page.reload();
  await expect(page.getByTestId("claim-total")).toHaveText("1 total");
  await expect(page.getByTestId("claim-item")).toContainText("Sourced only");
});
