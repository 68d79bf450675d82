import { expect, signIn, test } from "./fixtures";

const PASTED = `Tram line extension opens two years late

Riders queue for first services on the Eastgate branch

Updated - March 3, 2026 09:12 am IST

Published - March 2, 2026 06:40 pm IST - Eastgate

Passengers at Eastgate station | Photo Credit: City Transit

The Eastgate tram extension carried its first passengers on Monday, two years after the date promised when construction began.

The city's transport office said 11,000 people used the new stops on the opening day, more than double the forecast.

Sign in to unlock member-only benefits!
Access 10 free stories every month
Save stories to read later

Comments have to be in English, and in full sentences. They cannot be abusive or personal.`;

test.describe("import", () => {
  test("upload several files, review the detected metadata, save, and open the article", async ({ page, team }) => {
    await signIn(page, team.editor);
    await page.goto("/articles/new");
    await page.getByRole("tab", { name: "Upload files" }).click();
    await page.locator("#upload-files").setInputFiles([
      { name: "tram.txt", mimeType: "text/plain", buffer: Buffer.from(PASTED) },
      { name: "notes.md", mimeType: "text/markdown", buffer: Buffer.from("# Bridge inspection finds cracks\n\nInspectors found **three** cracks in the north span on Friday.\n\n- The bridge stays open\n- Trucks are diverted\n") },
      { name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]) },
    ]);
    const items = page.getByTestId("import-item");
    await expect(items).toHaveCount(3);
    const tram = items.filter({ hasText: "tram.txt" });
    const notes = items.filter({ hasText: "notes.md" });
    const photo = items.filter({ hasText: "photo.png" });
    await expect(tram.getByTestId("import-status")).toHaveText("Ready for review");
    await expect(notes.getByTestId("import-status")).toHaveText("Ready for review");
    await expect(photo.getByTestId("import-status")).toHaveText("Could not be imported");
    await expect(photo.getByRole("alert")).toContainText("photo.png");

    await expect(tram.getByLabel("Title")).toHaveValue("Tram line extension opens two years late");
    await expect(tram.getByLabel("Published")).toHaveValue(/^2026-03-0[23]T/);
    const preview = tram.getByTestId("import-text-preview");
    await expect(preview).toContainText("carried its first passengers");
    await expect(preview).not.toContainText("Sign in to unlock");
    await expect(preview).not.toContainText("Comments have to be in English");
    await expect(preview).not.toContainText("Photo Credit");

    await tram.getByLabel("Outlet").fill("Eastgate Echo");
    await tram.getByRole("button", { name: "Save article" }).click();
    await expect(tram.getByTestId("import-status")).toHaveText("Saved");
    await notes.getByRole("button", { name: "Save article" }).click();
    await expect(notes.getByTestId("import-status")).toHaveText("Saved");

    await tram.getByRole("link", { name: "Tram line extension opens two years late" }).click();
    await expect(page.getByRole("heading", { name: "Tram line extension opens two years late" })).toBeVisible();
    await expect(page.getByText("Eastgate Echo")).toBeVisible();
    await expect(page.getByTestId("article-text")).toContainText("11,000 people used the new stops");
    await expect(page.getByTestId("article-text")).not.toContainText("Access 10 free stories");

    await page.goto("/articles");
    await expect(page.getByTestId("article-row")).toHaveCount(2);
  });

  test("several files saved with Save all; an update-only date is used and said so; times keep the source's zone", async ({ page, team }) => {
    const updateOnly = [
      "Ferry fares frozen for a year",
      "",
      "By LENA MARKOVA | HARBOUR DAILY",
      "Updated: Mar 4, 2026",
      "",
      "The island council froze ferry fares for a year on Friday, after a petition signed by 4,000 residents.",
    ].join("\n");
    await signIn(page, team.editor);
    await page.goto("/articles/new");
    await page.getByRole("tab", { name: "Upload files" }).click();
    await page.locator("#upload-files").setInputFiles([
      { name: "tram.txt", mimeType: "text/plain", buffer: Buffer.from(PASTED) },
      { name: "fares.txt", mimeType: "text/plain", buffer: Buffer.from(updateOnly) },
    ]);
    const items = page.getByTestId("import-item");
    const tram = items.filter({ hasText: "tram.txt" });
    const fares = items.filter({ hasText: "fares.txt" });
    await expect(tram.getByTestId("import-status")).toHaveText("Ready for review");
    await expect(fares.getByTestId("import-status")).toHaveText("Ready for review");

    // "06:40 pm IST" is shown with its zone, never as a bare clock time.
    await expect(tram.getByText(/^Read as .*\(18:40 IST at source\)/).first()).toBeVisible();
    // Only an "Updated" date: it becomes the date, and the form says where it came from.
    await expect(fares.getByLabel("Outlet")).toHaveValue("Harbour Daily");
    await expect(fares.getByLabel("Published")).toHaveValue(/^2026-03-0[34]T/);
    await expect(fares.getByTestId("date-from-update")).toHaveText("Taken from the “Updated” line: the source gives no publication date.");
    await expect(fares.getByLabel("Published")).toHaveAccessibleDescription(/Taken from the “Updated” line/);

    await page.getByRole("button", { name: "Save all 2 ready" }).click();
    await expect(tram.getByTestId("import-status")).toHaveText("Saved");
    await expect(fares.getByTestId("import-status")).toHaveText("Saved");
    await page.goto("/articles");
    await expect(page.getByTestId("article-row")).toHaveCount(2);
    await expect(page.getByTestId("article-row").filter({ hasText: "Ferry fares frozen for a year" })).toContainText("4 Mar 2026");
  });

  test("pasting the same article twice is refused as a duplicate", async ({ page, team }) => {
    await signIn(page, team.editor);
    await page.goto("/articles/new");
    await page.getByLabel("Article text or HTML").fill(PASTED);
    await page.getByRole("button", { name: "Read text" }).click();
    const first = page.getByTestId("import-item").first();
    await expect(first.getByTestId("import-status")).toHaveText("Ready for review");
    await first.getByRole("button", { name: "Save article" }).click();
    await expect(first.getByTestId("import-status")).toHaveText("Saved");

    await page.getByLabel("Article text or HTML").fill(PASTED.replace(/\n\n/g, "\n\n\n"));
    await page.getByRole("button", { name: "Read text" }).click();
    const second = page.getByTestId("import-item").first();
    await expect(second.getByRole("alert").filter({ hasText: "already in the workspace" })).toBeVisible();
    await expect(second.getByTestId("import-status")).toHaveText("Duplicate: already in the workspace");
    await expect(second.getByRole("button", { name: "Save article" })).toBeDisabled();
  });
});
