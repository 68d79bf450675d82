import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

// A real (tiny) PDF: what people most often try to import.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const TEXT = Buffer.from("Harbour dredging starts in May\n\nThe port authority said dredging of the outer channel will start in May and last six weeks.\n");

async function upload(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByRole("tab", { name: "Upload files" }).click();
  await page.locator("#upload-files").setInputFiles([{ name, mimeType, buffer }]);
  return page.getByTestId("import-item").filter({ hasText: name });
}

/** Makes the import page's server actions fail the way a dead network or a failing server does. */
async function failActions(page: Page, how: "network" | "server") {
  await page.route("**/articles/new", (route) => {
    if (route.request().method() !== "POST") return route.continue();
    return how === "network" ? route.abort("internetdisconnected") : route.fulfill({ status: 502, contentType: "text/html", body: "<h1>502 Bad Gateway</h1>" });
  });
}

test.describe("import errors say what happened", () => {
  test("an unsupported file shows the server's own reason, not a connection problem", async ({ page, team }) => {
    await signIn(page, team.editor);
    await page.goto("/articles/new");
    const item = await upload(page, "briefing.pdf", "application/pdf", PDF);
    await expect(item.getByTestId("import-status")).toHaveText("Could not be imported");
    await expect(item.getByRole("alert")).toHaveText("“briefing.pdf”: PDF files cannot be imported; copy the article text from the PDF and paste it instead.");
  });

  test("a request that never reaches the server says so, for reading and for saving", async ({ page, team }) => {
    await signIn(page, team.editor);
    await page.goto("/articles/new");
    const item = await upload(page, "dredging.txt", "text/plain", TEXT);
    await expect(item.getByTestId("import-status")).toHaveText("Ready for review");

    await failActions(page, "network");
    await item.getByRole("button", { name: "Save article" }).click();
    await expect(item.getByRole("alert")).toHaveText("Could not reach the server, so nothing was saved. Check your connection and try again.");
    const offline = await upload(page, "offline.txt", "text/plain", TEXT);
    await expect(offline.getByRole("alert")).toHaveText("Could not reach the server, so nothing was imported. Check your connection and try again.");
  });

  test("a server that answers with an error is not reported as unreachable", async ({ page, team }) => {
    await signIn(page, team.editor);
    await page.goto("/articles/new");
    await failActions(page, "server");
    const item = await upload(page, "dredging.txt", "text/plain", TEXT);
    await expect(item.getByTestId("import-status")).toHaveText("Could not be imported");
    await expect(item.getByRole("alert")).toContainText("The server ran into an error, so nothing was imported.");
    await expect(item.getByRole("alert")).not.toContainText("reach");
  });
});
