import type { Page } from "@playwright/test";
import { createArticle, expect, selectText, signIn, test, type TestUser } from "./fixtures";

const SHOTS = process.env.I13_SHOTS_DIR;

/** Tags the first occurrence of a phrase with a verdict through the annotator's toolbar, and waits for the save. */
async function tag(page: Page, phrase: string, verdict: RegExp) {
  await selectText(page, phrase);
  await page.getByRole("toolbar", { name: "Tag the selection" }).getByRole("button", { name: verdict }).click();
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
}

/** How many claims the annotator shows marked in the article's text (distinct claims; overlapping marks split spans). */
function markedClaims(page: Page) {
  return expect.poll(() =>
    page.locator("[data-testid=article-text] [data-claim-id]").evaluateAll((spans) => new Set(spans.map((s) => s.getAttribute("data-claim-id"))).size),
  );
}

/** Confirms the "Mark my check done" question and waits for the bar to say so. */
async function markDone(page: Page) {
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Mark my check done" }).click();
}

test.describe("blind double checking", () => {
  test("two editors check one article blind, both mark done, a reviewer settles three kinds of disagreement, and the session shows its agreement", async ({ page, browser, team }) => {
    test.setTimeout(180_000);
    const { makeMember } = await import("../../lib/factories/make-member");
    const { makeSession } = await import("../../lib/factories/make-session");
    const bo = await makeMember(team.workspaceId, "EDITOR", { name: "Bo Checker" });
    const ana: TestUser = team.editor;
    const article = await createArticle(
      team,
      "Tunnel delay",
      "<p>The council said the harbour tunnel will open in June, two months late, and cost 40 million euros.</p><p>The mayor called the delay regrettable.</p>",
    );
    const session = await makeSession(team.admin, { name: "Tunnel double check" });

    // The desk lead assigns the article as a blind double check.
    await signIn(page, team.admin);
    await page.goto(`/sessions/${session.id}`);
    await page.getByRole("button", { name: "Assign articles" }).click();
    const dialog = page.getByRole("dialog", { name: "Assign articles" });
    await dialog.getByRole("checkbox", { name: "Tunnel delay" }).check();
    await dialog.getByRole("checkbox", { name: ana.name }).check();
    await dialog.getByRole("checkbox", { name: "Blind double check" }).check();
    await dialog.getByLabel("Reviewer").selectOption({ label: team.reviewer.name });
    await dialog.getByRole("button", { name: "Assign 1 article" }).click();
    await expect(dialog.getByText("A double check needs at least two editors.")).toBeVisible();
    await dialog.getByRole("checkbox", { name: "Bo Checker" }).check();
    await dialog.getByRole("button", { name: "Assign 1 article" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("double-check")).toHaveText("Double check: 0 of 2 done");

    // Ana checks on her own.
    const anaContext = await browser.newContext();
    const anaPage = await anaContext.newPage();
    await signIn(anaPage, ana);
    await anaPage.goto(`/articles/${article.id}`);
    await expect(anaPage.getByTestId("check-done-bar")).toContainText("you see only your own claims (0 of 2 done)");
    await tag(anaPage, "two months late", /Verified/);
    await tag(anaPage, "40 million euros", /Disputed/);
    await markedClaims(anaPage).toBe(2);

    // Bo checks on his own and cannot see Ana's claims.
    const boContext = await browser.newContext();
    const boPage = await boContext.newPage();
    await signIn(boPage, { ...bo, id: bo.userId });
    await boPage.goto(`/articles/${article.id}`);
    await expect(boPage.getByText("Select text in the article to tag a claim.")).toBeVisible();
    await tag(boPage, "two months late", /Disputed/);
    await tag(boPage, "cost 40 million euros", /Disputed/);
    await tag(boPage, "harbour tunnel", /^Claim/);
    await markedClaims(boPage).toBe(3);

    // Ana still sees only hers, even after a reload; she marks her check done.
    await anaPage.reload();
    await markedClaims(anaPage).toBe(2);
    await markDone(anaPage);
    await expect(anaPage.getByTestId("check-done-bar")).toContainText("Your check is done.");
    await markedClaims(anaPage).toBe(2);

    // Bo marks done: the layers open.
    await markDone(boPage);
    await expect(boPage.getByTestId("check-done-bar")).toContainText("every checker is done");
    await markedClaims(boPage).toBe(5);
    await anaContext.close();
    await boContext.close();

    // The reviewer sees the figures and works through the queue.
    const reviewerContext = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const reviewer = await reviewerContext.newPage();
    await signIn(reviewer, team.reviewer);
    await reviewer.goto(`/sessions/${session.id}`);
    const panel = reviewer.getByTestId("agreement-panel");
    await expect(panel).toContainText("1 of 1 double-checked article finished");
    await expect(panel.getByTestId("agreement-Span F1 (exact / overlap)")).toHaveText("40% / 80%");
    await expect(panel.getByTestId("agreement-Verdicts agree")).toHaveText("50%");
    await expect(panel.getByTestId("agreement-Fleiss' κ")).toHaveText("-0.33");
    await expect(panel.getByTestId("agreement-Krippendorff's α")).toHaveText("0.00");
    await expect(panel.getByTestId("agreement-pair")).toContainText(/Bo Checker/);
    await expect(panel).toContainText("3 of 3 differences open");
    if (SHOTS) await panel.screenshot({ path: `${SHOTS}/agreement-panel-before.png` });

    await panel.getByRole("link", { name: "Disagreement queue" }).click();
    const queue = reviewer.getByTestId("disagreement-queue");
    await expect(queue.getByTestId("open-count")).toHaveText("3 to settle");
    if (SHOTS) await reviewer.screenshot({ path: `${SHOTS}/disagreement-queue.png`, fullPage: true });

    // 1. A claim only Bo found: dropped with the D key, after a note.
    await expect(queue.getByTestId("difference-kind")).toHaveText("Only one checker found it");
    await expect(queue).toContainText(`${ana.name} did not mark it as a claim.`);
    await queue.getByLabel("Note (optional)").fill("A place name, not a claim.");
    await queue.getByRole("heading").click();
    await reviewer.keyboard.press("d");
    await expect(queue.getByTestId("open-count")).toHaveText("2 to settle");

    // 2. The same span with different verdicts: keep Ana's.
    await expect(queue.getByTestId("difference-kind")).toHaveText("Same span, different verdicts");
    await expect(queue.getByTestId("difference-side")).toHaveCount(2);
    await queue.getByRole("button", { name: new RegExp(`Keep ${ana.name}'s`) }).click();
    await expect(queue.getByTestId("open-count")).toHaveText("1 to settle");

    // 3. Two spans for one statement: merge with the M key, Bo's span and a verdict of the reviewer's.
    await expect(queue.getByTestId("difference-kind")).toHaveText("Different spans for one statement");
    await reviewer.keyboard.press("m");
    const merge = queue.getByTestId("merge-form");
    await merge.getByLabel("Span from").selectOption({ label: "Bo Checker: “cost 40 million euros”" });
    await merge.getByLabel("Merged verdict").selectOption("VERIFIED");
    if (SHOTS) await reviewer.screenshot({ path: `${SHOTS}/disagreement-queue-merge.png`, fullPage: true });
    await merge.getByRole("button", { name: "Merge (Enter)" }).click();
    await expect(queue.getByTestId("open-count")).toHaveText("Everything is settled.");

    // Previous/next walk the settled statements; each says how it was settled.
    await reviewer.keyboard.press("k");
    await expect(queue).toContainText(`Kept by ${team.reviewer.name}`);
    await reviewer.keyboard.press("k");
    await expect(queue).toContainText(`Dropped by ${team.reviewer.name}: “A place name, not a claim.”`);

    // The session shows its figures, computed on the layers (unchanged), with every difference settled.
    await reviewer.getByRole("link", { name: "Tunnel double check" }).click();
    await expect(panel).toContainText("3 differences, all settled");
    await expect(panel.getByTestId("agreement-Verdicts agree")).toHaveText("50%");
    if (SHOTS) await panel.screenshot({ path: `${SHOTS}/agreement-panel.png` });

    // The settled claims are the article's: the viewer sees exactly those two.
    const viewerContext = await browser.newContext();
    const viewer = await viewerContext.newPage();
    await signIn(viewer, team.viewer);
    await viewer.goto(`/articles/${article.id}`);
    await markedClaims(viewer).toBe(2);
    await expect(viewer.getByTestId("claim-item").filter({ hasText: "cost 40 million euros" })).toContainText("Verified");
    await viewerContext.close();
    await reviewerContext.close();
  });
});
