import type { Page } from "@playwright/test";
import { createArticle, createArticleWith, createClaim, expect, selectText, signIn, test } from "./fixtures";

const MINISTER = "<p>The transport minister said on Monday that the government understands the islanders' legitimate concerns about ferry fares.</p>";
const ISLANDERS = "<p>The government understands the islanders' reasonable concerns about ferry fares, the minister told reporters.</p>";

/** Tags `phrase` in the article as verified, with the keyboard, as an editor does; its suggestions then show. */
async function tagVerified(page: Page, articleId: string, phrase: string) {
  await page.goto(`/articles/${articleId}`);
  await selectText(page, phrase);
  await page.keyboard.press("Alt+1");
  await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
}

test.describe("links across articles", () => {
  test("suggest, accept, see the link in both articles, link by hand side by side, and see the matrix and graph", async ({ page, team }) => {
    const a = await createArticle(team, "Minister backs ferry fare review", `${MINISTER}<p>A review will report in June.</p>`);
    const b = await createArticle(team, "Islanders win fare review", `<p>Weather delayed two sailings on Sunday.</p>${ISLANDERS}`);
    const c = await createArticle(team, "Fare review is a stalling tactic, says union",
      "<p>The union said the government has ignored every complaint about ferry fares for a decade.</p>");

    await signIn(page, team.editor);
    await tagVerified(page, a.id, "the government understands the islanders' legitimate concerns about ferry fares");

    // Suggestions catch the paraphrase ("legitimate" / "reasonable") and highlight the shared words.
    const suggestion = page.getByTestId("suggestion").filter({ hasText: "reasonable concerns" });
    await expect(suggestion).toBeVisible();
    await expect(suggestion.locator("mark").first()).toBeVisible();
    await suggestion.getByRole("button", { name: "Corroborates" }).click();
    const links = page.getByTestId("claim-link");
    await expect(links).toHaveCount(1);
    // Accepting a suggestion can be undone: the link goes and the suggestion comes back.
    await page.getByTestId("suggestion-done").getByRole("button", { name: "Undo" }).click();
    await expect(links).toHaveCount(0);
    await expect(suggestion).toBeVisible();
    await suggestion.getByRole("button", { name: "Corroborates" }).click();
    await expect(links).toHaveCount(1);
    await expect(links.first()).toContainText("Islanders win fare review");
    await expect(page.getByTestId("suggestion").filter({ hasText: "reasonable concerns" })).toHaveCount(0);

    // The link shows in B as a marker on the passage, which leads back to A's claim.
    await links.first().getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/articles/${b.id}\\?link=`));
    await expect(page.locator("[data-testid=article-text] .link-target")).toContainText("reasonable concerns");
    // B's sidebar lists the incoming link; the marker is a 24 px target with a popover naming claim, article and relation.
    await expect(page.getByTestId("incoming-count")).toHaveText("(1)");
    await expect(page.getByTestId("incoming-link")).toContainText("Minister backs ferry fare review");
    await expect(page.getByTestId("incoming-link")).toContainText("Corroborates");
    const marker = page.locator("[data-testid=article-text] .link-target-marker");
    const box = (await marker.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await expect(marker).toHaveAttribute("data-popover", /^Corroborates · .*legitimate concerns/);
    await marker.hover();
    expect(await marker.evaluate((el) => getComputedStyle(el, "::after").visibility)).toBe("visible");
    await marker.click();
    await expect(page).toHaveURL(new RegExp(`/articles/${a.id}\\?claim=`));
    await expect(page.getByTestId("claim-detail")).toContainText("legitimate concerns");

    // By hand, side by side: a contradicting passage in C.
    await page.getByRole("link", { name: "Link a passage…" }).click();
    await page.getByLabel("Article to link from").selectOption(c.id);
    await expect(page.getByTestId("link-target-text")).toContainText("ignored every complaint");
    await page.getByLabel("Note for the link").fill("The union disputes that concerns were heard");
    await selectText(page, "the government has ignored every complaint about ferry fares", {
      root: "[data-testid=link-target-text] [data-testid=article-text]",
      toolbar: "Link the selection",
    });
    const linkToolbar = page.getByRole("toolbar", { name: "Link the selection" });
    await linkToolbar.getByRole("button", { name: "Contradicts" }).click();
    const linked = page.getByRole("status").filter({ hasText: "Linked as “contradicts”" });
    await expect(linked).toBeVisible();
    // Linking from the selection can be undone too: the marker goes, then link again.
    const targetMark = page.locator("[data-testid=link-target-text] .link-target");
    await expect(targetMark).toContainText("ignored every complaint");
    await linked.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link undone." })).toBeVisible();
    await expect(targetMark).toHaveCount(0);
    await page.getByLabel("Note for the link").fill("The union disputes that concerns were heard");
    await selectText(page, "the government has ignored every complaint about ferry fares", {
      root: "[data-testid=link-target-text] [data-testid=article-text]",
      toolbar: "Link the selection",
    });
    await linkToolbar.getByRole("button", { name: "Contradicts" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Linked as “contradicts”" })).toBeVisible();

    await page.goto(`/articles/${a.id}`);
    await page.getByTestId("claim-item").first().click();
    await expect(page.getByTestId("claim-link")).toHaveCount(2);
    await expect(page.getByTestId("claim-links")).toContainText("The union disputes that concerns were heard");

    await page.goto(`/matrix?articles=${a.id},${b.id},${c.id}`);
    const row = page.getByTestId("matrix-row").filter({ hasText: "legitimate concerns" });
    await expect(row.locator("[data-cell=claim]")).toHaveCount(1);
    await expect(row.locator("[data-relation=CORROBORATES]")).toBeVisible();
    await expect(row.locator("[data-relation=CONTRADICTS]")).toBeVisible();
    await expect(row).toContainText("Contested");

    await page.goto("/graph");
    await expect(page.getByText("3 articles, 2 links.")).toBeVisible();
    await expect(page.getByTestId("link-graph").locator("canvas").first()).toBeVisible();
    // The same links as a keyboard-reachable list.
    await expect(page.getByTestId("graph-list-link")).toHaveCount(2);
    await expect(page.getByTestId("graph-list-link").filter({ hasText: "Contradicts" })).toContainText("Fare review is a stalling tactic");
  });

  test("dismissing a suggestion can be undone at once, and restored later from the dismissed list", async ({ page, team }) => {
    const a = await createArticle(team, "Minister backs ferry fare review (dismiss)", MINISTER);
    await createArticle(team, "Islanders win fare review (dismiss)", ISLANDERS);
    await signIn(page, team.editor);
    await tagVerified(page, a.id, "the government understands the islanders' legitimate concerns about ferry fares");

    const suggestion = page.getByTestId("suggestion").filter({ hasText: "reasonable concerns" });
    await suggestion.getByRole("button", { name: "Dismiss" }).click();
    await expect(suggestion).toHaveCount(0);
    await page.getByTestId("suggestion-done").getByRole("button", { name: "Undo" }).click();
    await expect(suggestion).toBeVisible();

    // Dismissed again, then after a reload: the dismissed list says who and when, and Restore brings it back.
    await suggestion.getByRole("button", { name: "Dismiss" }).click();
    await expect(suggestion).toHaveCount(0);
    await page.reload();
    await page.getByTestId("claim-item").first().click();
    await expect(page.getByTestId("no-likely-match")).toBeVisible();
    await page.getByRole("button", { name: "Show dismissed suggestions" }).click();
    const dismissed = page.getByTestId("dismissed-suggestion");
    await expect(dismissed).toHaveCount(1);
    await expect(dismissed).toContainText("reasonable concerns");
    await expect(dismissed).toContainText(`Dismissed by ${team.editor.name}`);
    await dismissed.getByRole("button", { name: "Restore" }).click();
    await expect(page.getByRole("status").filter({ hasText: "can be suggested again" })).toBeVisible();
    await expect(dismissed).toHaveCount(0);
    await expect(suggestion).toBeVisible();
  });

  test("claims rated differently in two articles warn until a reason is recorded", async ({ page, team }) => {
    const a = await createArticle(team, "Tunnel opens in June", "<p>The tunnel will open in June, the council said.</p>");
    const b = await createArticle(team, "Council: tunnel opening in June", "<p>Officials confirmed the tunnel will open in June after delays.</p>");
    await signIn(page, team.editor);
    await page.goto(`/articles/${b.id}`);
    await selectText(page, "the tunnel will open in June");
    await page.keyboard.press("Alt+2");
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
    await page.goto(`/articles/${a.id}`);
    await selectText(page, "The tunnel will open in June");
    await page.keyboard.press("Alt+1");
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
    await page.getByTestId("suggestion").filter({ hasText: "Officials confirmed" }).getByRole("button", { name: "Same claim" }).click();
    const warning = page.getByTestId("disagreement-warning");
    await expect(warning).toBeVisible();
    await warning.getByLabel(/Record why they differ/).fill("B's outlet relied on an outdated timetable");
    await warning.getByRole("button", { name: "Record reason" }).click();
    await expect(page.getByTestId("disagreement-warning")).toHaveCount(0);
    await expect(page.getByTestId("claim-cluster")).toContainText("outdated timetable");
    // The matrix no longer calls the row contested: the reason is recorded.
    await page.goto("/matrix");
    const row = page.getByTestId("matrix-row").filter({ hasText: "tunnel will open in June" });
    await expect(row).toContainText("Reason recorded");
    await expect(row).not.toContainText("Contested");
  });

  test("the graph at 50 articles: no two nodes overlap, and contested claims stand out", async ({ page, team }) => {
    test.setTimeout(180_000);
    const { makeLink } = await import("../../lib/factories/make-link");
    const outlets = ["Valley Post", "Morning Ledger Regional Edition", "Harbour Gazette", "The Evening Standard of Larchmere", "Wire"];
    const articles = [];
    for (let i = 0; i < 50; i++) {
      articles.push(await createArticleWith(team, {
        title: `Dam report ${i}`,
        outlet: `${outlets[i % outlets.length]} ${i}`,
        html: `<p>Engineers said the dam at site ${i} held through the storm on Sunday. Residents were told to stay away from the river.</p>`,
      }));
    }
    // A chain of corroborating links over half the articles, and one contradicted claim.
    for (let i = 0; i < 25; i++) {
      const claim = await createClaim(team, articles[i], { quote: `the dam at site ${i} held through the storm`, verdict: "VERIFIED" });
      const relation = i === 0 ? "CONTRADICTS" : "CORROBORATES";
      await makeLink(team.editor, claim, articles[i + 1], { quote: "Residents were told to stay away from the river", relation });
    }

    await signIn(page, team.viewer);
    await page.goto("/graph");
    await expect(page.getByText("50 articles, 25 links.")).toBeVisible();
    const graph = page.locator("[data-testid=link-graph][data-layout=done]");
    await expect(graph).toHaveCount(1, { timeout: 30_000 });
    const drawn = await graph.evaluate((el) => {
      // Cytoscape keeps its instance on its container; the boxes are as drawn, labels included.
      const cy = (el as unknown as { _cyreg: { cy: import("cytoscape").Core } })._cyreg.cy;
      const boxes = cy.nodes().map((n) => ({ id: n.id(), ...n.renderedBoundingBox({ includeLabels: true, includeOverlays: false }) }));
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push(`${a.id} / ${b.id}`);
        }
      }
      const contested = cy.nodes("[contested = 'yes']").map((n) => n.style("shape"));
      return { nodes: boxes.length, overlaps, contested };
    });
    expect(drawn.nodes).toBe(50 + 25);
    expect(drawn.overlaps).toEqual([]);
    expect(drawn.contested).toEqual(["diamond"]);
    // The list says it in words too.
    const contradicted = page.getByTestId("graph-list-link").filter({ hasText: "Contradicts" });
    await expect(contradicted).toHaveCount(1);
    await expect(contradicted.getByTestId("contested")).toHaveText("Contested");
    await expect(page.getByTestId("graph-list").getByTestId("contested")).toHaveCount(1);
  });
});
