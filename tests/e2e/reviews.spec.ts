import { mkdirSync } from "node:fs";
import { createArticle, expect, selectText, signIn, test, type Team } from "./fixtures";

const SHOTS = "/work/wt/shots/i9";

/** A session holding the article, edited by the team's editor and reviewed by its reviewer (factories, inside the worker). */
async function assign(team: Team, articleId: string) {
  const { makeSession } = await import("../../lib/factories/make-session");
  const { makeSessionArticle } = await import("../../lib/factories/make-session-article");
  const session = await makeSession(team.admin, { name: "Harbour week" });
  await makeSessionArticle(team.admin, session, { id: articleId }, { editors: [team.editor], reviewer: team.reviewer });
}

test.describe("reviews and sign-off", () => {
  test("editor hands over; reviewer requests changes from the keyboard; editor fixes and replies; reviewer approves and signs off; a later change supersedes it", async ({ page, browser, team }) => {
    // Two people's whole round trip, in two browsers: longer than one screen's test.
    test.setTimeout(180_000);
    const article = await createArticle(team, "Ferry strike ends", "<p>The ferry strike ended on Monday after two days of talks. Fares stay the same.</p>");
    await assign(team, article.id);

    // The editor tags a claim and hands the article over.
    await signIn(page, team.editor);
    await page.goto(`/articles/${article.id}`);
    await selectText(page, "after two days of talks");
    await page.getByRole("toolbar", { name: "Tag the selection" }).getByRole("button", { name: /Disputed/ }).click();
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
    await expect(page.getByTestId("review-panel")).toHaveCount(0); // never one's own work
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /My work/ }).click();
    const item = page.getByTestId("my-work-item").filter({ hasText: "Ferry strike ends" });
    await item.getByRole("button", { name: "Ready for review: Ferry strike ends" }).click();
    await expect(item).toHaveAttribute("data-status", "READY_FOR_REVIEW");

    // The reviewer finds it in the queue and requests changes from the keyboard.
    const reviewerContext = await browser.newContext();
    const reviewer = await reviewerContext.newPage();
    await signIn(reviewer, team.reviewer);
    await reviewer.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reviews" }).click();
    await expect(reviewer.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
    await expect(reviewer.getByTestId("queue-count")).toContainText("1 claim waits for your review");
    mkdirSync(SHOTS, { recursive: true });
    await reviewer.screenshot({ path: `${SHOTS}/review-queue.png`, fullPage: true });
    await reviewer.getByTestId("queue-claim").first().click();
    const panel = reviewer.getByTestId("review-panel");
    await expect(panel).toBeVisible();
    await expect(panel.getByTestId("review-badge")).toHaveText("Not reviewed");
    await reviewer.keyboard.press("c");
    await expect(reviewer.getByLabel("What should change?")).toBeFocused();
    await reviewer.keyboard.type("Which talks? Cite the union's statement.");
    await reviewer.keyboard.press("Control+Enter");
    await expect(panel.getByTestId("review-badge")).toHaveText("Changes requested");
    await expect(reviewer.getByTestId("claim-thread")).toContainText("Which talks? Cite the union's statement.");

    // The editor finds it came back, fixes the verdict and replies.
    await page.goto("/my-work");
    const cameBack = page.getByTestId("came-back");
    await expect(cameBack).toContainText("after two days of talks");
    await expect(page.getByTestId("my-work-item").filter({ hasText: "Ferry strike ends" })).toHaveAttribute("data-status", "CHANGES_REQUESTED");
    await cameBack.getByRole("link", { name: /after two days of talks/ }).click();
    await page.getByRole("radio", { name: "Verified" }).click();
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
    await page.getByRole("textbox", { name: "Reply" }).fill("The union confirmed it on Monday evening.");
    await page.getByRole("button", { name: "Reply", exact: true }).click();
    await expect(page.getByTestId("thread")).toContainText("The union confirmed it on Monday evening.");
    await page.goto("/my-work");
    await page.getByTestId("my-work-item").filter({ hasText: "Ferry strike ends" }).getByRole("button", { name: "Ready for review: Ferry strike ends" }).click();
    await expect(page.getByTestId("my-work-item").filter({ hasText: "Ferry strike ends" })).toHaveAttribute("data-status", "READY_FOR_REVIEW");

    // The reviewer approves from the keyboard and signs the article off.
    await reviewer.goto("/reviews");
    await reviewer.getByTestId("queue-claim").first().click();
    await expect(reviewer.getByTestId("claim-thread")).toContainText("The union confirmed it on Monday evening.");
    await expect(panel.getByTestId("review-badge")).toHaveText("Changes requested");
    await reviewer.keyboard.press("a");
    await expect(panel.getByTestId("review-badge")).toHaveText("Approved");
    await reviewer.getByRole("button", { name: "All claims" }).click();
    await expect(reviewer.getByTestId("claim-item").getByTestId("review-badge")).toHaveText("Approved");
    await reviewer.screenshot({ path: `${SHOTS}/annotator-badges.png`, fullPage: false });
    await reviewer.getByRole("button", { name: "Sign off article" }).click();
    await expect(reviewer.getByTestId("signed-off-banner")).toContainText(`Signed off by ${team.reviewer.name}`);
    await reviewerContext.close();

    // The article shows it; a later change supersedes the sign-off.
    await page.goto(`/articles/${article.id}`);
    await expect(page.getByTestId("signed-off-banner")).toContainText(`Signed off by ${team.reviewer.name}`);
    await page.getByTestId("claim-item").first().click();
    await page.getByRole("radio", { name: "Sourced only" }).click();
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
    await expect(page.getByTestId("superseded-banner")).toContainText("was superseded: a claim changed");
    await expect(page.getByTestId("signed-off-banner")).toHaveCount(0);
    await page.getByRole("button", { name: "All claims" }).click();
    await expect(page.getByTestId("claim-item").getByTestId("review-badge")).toHaveText(/Approved at v\d+, changed since/);
  });
});
