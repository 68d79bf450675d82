import { createArticle, expect, signIn, test } from "./fixtures";

test.describe("the article list", () => {
  test("pages through every article and sorts on the server, keeping filters, sort and page size together", async ({ page, team }) => {
    for (let i = 0; i < 27; i++) {
      const n = String(i).padStart(2, "0");
      await createArticle(team, `Ferry notice ${n}`, `<p>Ferry notice number ${n} about the harbour timetable.</p>`);
    }
    await signIn(page, team.editor);
    await expect(page.getByTestId("article-count")).toHaveText("27 articles in this workspace");
    await expect(page.getByTestId("article-row")).toHaveCount(27);

    await page.getByLabel("Rows per page").selectOption("25");
    await expect(page).toHaveURL(/pageSize=25/);
    await expect(page.getByTestId("article-row")).toHaveCount(25);
    await expect(page.getByTestId("page-range")).toHaveText("1–25 of 27");
    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId("article-row")).toHaveCount(2);
    await expect(page.getByTestId("page-range")).toHaveText("26–27 of 27");
    await expect(page.getByRole("button", { name: "Next page" })).toBeDisabled();

    // Sorting by a header asks the server and starts again at page 1.
    await page.getByRole("columnheader", { name: "Title" }).getByRole("button").click();
    await expect(page).toHaveURL(/sort=title&dir=asc/);
    await expect(page).not.toHaveURL(/page=2/);
    await expect(page.getByRole("columnheader", { name: "Title" })).toHaveAttribute("aria-sort", "ascending");
    await expect(page.getByTestId("article-row").first()).toContainText("Ferry notice 00");
    await page.getByRole("columnheader", { name: "Title" }).getByRole("button").click();
    await expect(page).toHaveURL(/sort=title&dir=desc/);
    await expect(page.getByTestId("article-row").first()).toContainText("Ferry notice 26");

    // The filter form keeps the sort and the page size.
    await page.getByLabel("Search title and text").fill("harbour");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/q=harbour/);
    await expect(page).toHaveURL(/sort=title&dir=desc/);
    await expect(page).toHaveURL(/pageSize=25/);
    await expect(page.getByTestId("filter-problems")).toHaveCount(0);
    await expect(page.getByTestId("article-count")).toHaveText("27 articles match");
    await expect(page.getByTestId("article-row")).toHaveCount(25);
    await expect(page.getByTestId("article-row").first()).toContainText("Ferry notice 26");

    // A page past the end shows the last page.
    await page.goto("/articles?pageSize=25&page=9");
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId("article-row")).toHaveCount(2);
  });
});

test.describe("dates in the reader's zone", () => {
  test.use({ timezoneId: "Asia/Kolkata" });

  test("a token's dates are shown in the browser's zone with the zone named, rendered so by the server after the first visit", async ({ page, team }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /hydrat/i.test(message.text())) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await signIn(page, team.editor);
    await page.goto("/settings/tokens");
    await page.getByLabel("Token name").fill("zone check");
    await page.getByRole("button", { name: "Create token" }).click();
    const row = page.getByTestId("token-zone check");
    await expect(row.locator("time")).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} IST$/);
    await expect(row).toContainText("never");

    // The browser told the server its zone: the HTML itself now says IST.
    const html = await (await page.request.get("/settings/tokens")).text();
    expect(html).toMatch(/\d{2}:\d{2} IST/);
    await page.reload();
    await expect(page.getByTestId("token-zone check").locator("time")).toHaveText(/ IST$/);
    expect(problems).toEqual([]);
  });
});
