import { createArticleWith, createClaim, expect, signIn, test } from "./fixtures";

// Issue 12 (blocker): the search and filter form on /articles sends every field, empty
// ones included. These tests drive that form as a reader does: no hand-typed URLs.
test.describe("the article search form", () => {
  test("searches on Enter, filters by verdict and by dates, an empty field being no filter", async ({ page, team }) => {
    const lavrov = await createArticleWith(team, {
      title: "Lavrov meets Wang",
      html: "<p>Lavrov said the talks in Beijing were useful.</p>",
      publishedAt: "2022-02-24T10:00:00Z",
    });
    const customs = await createArticleWith(team, {
      title: "Customs lifts wheat curbs",
      html: "<p>The customs office lifted the curbs on wheat on 23 February.</p>",
      publishedAt: "2022-02-23T10:00:00Z",
    });
    await createArticleWith(team, {
      title: "Harbour timetable",
      html: "<p>The ferry leaves at nine.</p>",
      publishedAt: "2022-03-15T10:00:00Z",
    });
    await createClaim(team, customs, { quote: "lifted the curbs on wheat", verdict: "DISPUTED" });
    await createClaim(team, lavrov, { quote: "the talks in Beijing were useful", verdict: "VERIFIED" });

    await signIn(page, team.editor);
    const count = page.getByTestId("article-count");
    const rows = page.getByTestId("article-row");
    await expect(count).toHaveText("3 articles in this workspace");

    // Type a word and press Enter.
    await page.getByRole("searchbox", { name: "Search title and text" }).fill("Lavrov");
    await page.getByRole("searchbox", { name: "Search title and text" }).press("Enter");
    await expect(page).toHaveURL(/q=Lavrov/);
    await expect(count).toHaveText("1 article match");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Lavrov meets Wang");
    await expect(page.getByTestId("filter-problems")).toHaveCount(0);

    // "Has disputed" alone.
    await page.getByRole("searchbox", { name: "Search title and text" }).fill("");
    await page.getByLabel("Claims", { exact: true }).selectOption({ label: "Has disputed" });
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/verdict=DISPUTED/);
    await expect(count).toHaveText("1 article match");
    await expect(rows.first()).toContainText("Customs lifts wheat curbs");
    await expect(page.getByTestId("filter-problems")).toHaveCount(0);

    // Both dates, the verdict back to "Any".
    await page.getByLabel("Claims", { exact: true }).selectOption({ label: "Any" });
    await page.getByLabel("Published from").fill("2022-02-01");
    await page.getByLabel("to", { exact: true }).fill("2022-02-28");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/from=2022-02-01/);
    await expect(count).toHaveText("2 articles match");
    await expect(rows).toHaveCount(2);
    await expect(page.getByText("Harbour timetable")).toHaveCount(0);
    await expect(page.getByTestId("filter-problems")).toHaveCount(0);

    // Dates the wrong way round: a sentence for a person, and the other filters still apply.
    await page.getByLabel("Published from").fill("2022-03-01");
    await page.getByRole("searchbox", { name: "Search title and text" }).fill("customs");
    await page.getByRole("searchbox", { name: "Search title and text" }).press("Enter");
    await expect(page.getByTestId("filter-problems")).toHaveText(/The start date is after the end date\./);
    await expect(page.getByTestId("filter-problems")).not.toContainText(/expected|Invalid option/);
    await expect(count).toHaveText("0 articles match");
  });
});
