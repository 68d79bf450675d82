import { readFile } from "node:fs/promises";
import { expect, signIn, test, type Team } from "./fixtures";

const URL_A = "https://harbour.example/e2e/ferry";
const HTML = `<p>The ferry between Portnahaven and Inchmore 🚢 resumed on Tuesday after a three-week suspension, the operator said.</p>
<p>Unions said 14 crossings were cancelled in the first week alone.</p>`;

/** An article (with a source address) and two rated claims, made through the factories. */
async function storyWithClaims(team: Team) {
  const { makeArticle } = await import("../../lib/factories/make-article");
  const { makeClaim } = await import("../../lib/factories/make-claim");
  const article = await makeArticle(team.editor, { title: "Ferry link restored", outlet: "Harbour Gazette", url: URL_A, html: HTML });
  await makeClaim(team.editor, article, { quote: "resumed on Tuesday after a three-week suspension", verdict: "VERIFIED", rationale: "The operator's notice." });
  await makeClaim(team.editor, article, { quote: "14 crossings were cancelled", verdict: "DISPUTED", rationale: "The timetable shows 11." });
  return article;
}

test.describe("exports", () => {
  test("the Export menu opened while the article is still loading stays open when it has loaded", async ({ page, team }) => {
    const article = await storyWithClaims(team);
    await signIn(page, team.viewer);
    // A slow connection: the claims arrive only once the reader has opened the menu.
    let release!: () => void;
    const menuOpen = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/api/v1/articles/${article.id}/claims`, async (route) => {
      await menuOpen;
      await route.continue();
    });
    await page.goto(`/articles/${article.id}`);
    await expect(page.getByText("Loading the article…")).toBeVisible();
    await page.getByTestId("export-menu").getByRole("button", { name: "Export" }).click();
    await expect(page.getByRole("menuitem", { name: /Download HTML/ })).toBeVisible();
    release();
    await expect(page.getByTestId("article-text")).toBeVisible();
    await expect(page.locator("[data-testid=article-text] [data-claim-id]")).toHaveCount(2);
    await expect(page.getByRole("menuitem", { name: /Download HTML/ })).toBeVisible();
    const html = page.waitForEvent("download");
    await page.getByRole("menuitem", { name: /Download HTML/ }).click();
    expect((await html).suggestedFilename()).toBe("fact-check-ferry-link-restored-draft.html");
  });

  test("a viewer exports an article as PDF and HTML from the menu, and opens the HTML report", async ({ page, team }) => {
    const article = await storyWithClaims(team);
    await signIn(page, team.viewer);
    await page.goto(`/articles/${article.id}`);
    await expect(page.getByTestId("article-text")).toBeVisible();
    const menu = page.getByTestId("export-menu");

    await menu.getByRole("button", { name: "Export" }).click();
    const pdf = page.waitForEvent("download");
    await page.getByRole("menuitem", { name: /Download PDF/ }).click();
    await expect(page.getByRole("progressbar", { name: "PDF report progress" })).toBeVisible();
    const pdfFile = await pdf;
    expect(pdfFile.suggestedFilename()).toBe("fact-check-ferry-link-restored-draft.pdf");
    expect((await readFile((await pdfFile.path())!)).subarray(0, 5).toString()).toBe("%PDF-");
    await expect(page.getByTestId("export-progress")).toContainText("Downloaded fact-check-ferry-link-restored-draft.pdf");

    await menu.getByRole("button", { name: "Export" }).click();
    const html = page.waitForEvent("download");
    await page.getByRole("menuitem", { name: /Download HTML/ }).click();
    expect((await html).suggestedFilename()).toBe("fact-check-ferry-link-restored-draft.html");

    await menu.getByRole("button", { name: "Export" }).click();
    const [report] = await Promise.all([page.waitForEvent("popup"), page.getByRole("menuitem", { name: /Open HTML report/ }).click()]);
    await expect(report.getByRole("heading", { level: 1 })).toHaveText("Ferry link restored");
    await expect(report.getByText("DRAFT", { exact: true }).first()).toBeAttached();
    await expect(report.locator("article.claim")).toHaveCount(2);
    await expect(report.locator("article.claim").first()).toContainText("Verified");
    await expect(report.locator("article.claim").nth(1)).toContainText("The timetable shows 11.");
    await report.screenshot({ path: "test-results/exports-html-report.png", fullPage: true });
  });

  test("a session export shows its progress and downloads when ready", async ({ page, team }) => {
    const article = await storyWithClaims(team);
    const { insertSession } = await import("../../lib/factories/insert-session");
    const session = await insertSession(team.admin, { name: "Ferry week", brief: ["Check the ferry story."], articles: [{ id: article.id, editors: [team.editor] }] });
    await signIn(page, team.viewer);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Exports" }).click();
    const row = page.getByTestId(`session-${session.id}`);
    await expect(row).toContainText("Ferry week");
    await row.getByRole("button", { name: "Export" }).click();
    const download = page.waitForEvent("download");
    await row.getByRole("menuitem", { name: /Download Markdown/ }).click();
    const bar = row.getByRole("progressbar", { name: "Markdown report progress" });
    await expect(bar).toBeVisible();
    const file = await download;
    expect(file.suggestedFilename()).toBe("fact-check-ferry-week-draft.md");
    const text = await readFile((await file.path())!, "utf8");
    expect(text).toContain("# Ferry week");
    expect(text).toContain("Check the ferry story.");
    await expect(bar).toHaveAttribute("aria-valuenow", "100");
  });

  test("an editor imports an annotation file and sees the claims appear, with the orphans listed", async ({ page, team }) => {
    const { makeArticle } = await import("../../lib/factories/make-article");
    await makeArticle(team.editor, { title: "Ferry link restored", outlet: "Harbour Gazette", url: URL_A, html: HTML });
    const file = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationCollection",
      id: "https://other-tool.example/collections/1",
      total: 2,
      first: {
        type: "AnnotationPage",
        items: [
          { id: "https://other-tool.example/a/1", type: "Annotation", body: { type: "TextualBody", value: "Operator confirmed by phone." }, target: { source: URL_A, selector: { type: "TextQuoteSelector", exact: "resumed on Tuesday", prefix: "🚢 " } } },
          { id: "https://other-tool.example/a/2", type: "Annotation", body: { type: "TextualBody", value: "Removed paragraph." }, target: { source: URL_A, selector: { type: "TextQuoteSelector", exact: "the harbour master resigned over the dispute in March" } } },
        ],
      },
    };
    await signIn(page, team.editor);
    await page.goto("/exports");
    await page.getByRole("link", { name: "Import annotations" }).click();
    await page.getByLabel("Annotation file (.jsonld or .json)").setInputFiles({ name: "annotations.jsonld", mimeType: "application/ld+json", buffer: Buffer.from(JSON.stringify(file)) });
    await page.getByRole("button", { name: "Import" }).click();
    const result = page.getByTestId("import-result");
    await expect(result).toContainText("2 annotations read: 2 claims and 0 links created; 1 anchored exactly, 0 fuzzily, 1 orphan");
    await expect(page.getByTestId("import-orphans")).toContainText("the harbour master resigned over the dispute in March");

    await result.getByRole("listitem").filter({ hasText: "claims" }).getByRole("link", { name: "Ferry link restored" }).click();
    await expect(page.locator('[data-testid=article-text] [data-claim-id]')).toHaveCount(1);
    await expect(page.locator("[data-testid=article-text] [data-claim-id]").first()).toHaveText("resumed on Tuesday");
    await expect(page.getByTestId("orphans")).toContainText("the harbour master resigned over the dispute in March");

    // The same file again creates nothing new.
    await page.goto("/annotations/import");
    await page.getByLabel("Annotation file (.jsonld or .json)").setInputFiles({ name: "annotations.jsonld", mimeType: "application/ld+json", buffer: Buffer.from(JSON.stringify(file)) });
    await page.getByRole("button", { name: "Import" }).click();
    await expect(page.getByTestId("import-result")).toContainText("0 claims and 0 links created");
    await expect(page.getByTestId("import-result")).toContainText("2 were already here");
  });
});
