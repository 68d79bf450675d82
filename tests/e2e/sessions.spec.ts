import { createArticle, expect, selectText, signIn, test } from "./fixtures";

test.describe("annotation sessions", () => {
  test.use({ timezoneId: "Europe/Paris" });

  test("a desk lead creates a session and hands out two articles; the editor works through them from My work; the dashboard counts it", async ({ page, browser, team }) => {
    const ferry = await createArticle(team, "Ferry strike ends", "<p>The ferry strike ended on Monday after two days of talks.</p>");
    await createArticle(team, "Harbour fees rise", "<p>Harbour fees rise by four percent in May, the port authority said.</p>");
    await createArticle(team, "Lighthouse reopens", "<p>The lighthouse reopens to visitors in June.</p>");

    await signIn(page, team.admin);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sessions" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sessions" })).toBeVisible();
    await page.getByRole("link", { name: "New session" }).click();

    // A refusal shows next to its field and keeps what was typed.
    await page.getByLabel("Deadline").fill("2030-05-01T17:30");
    await page.getByLabel("Publication address").fill("not an address");
    await page.getByRole("button", { name: "Create session" }).click();
    await expect(page.locator("#session-name-error")).toHaveText("Give the session a name.");
    await expect(page.locator("#session-publicationUrl-error")).toHaveText("Enter a full address, starting with http:// or https://");
    await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Deadline")).toHaveValue("2030-05-01T17:30");
    await page.getByLabel("Name").fill("Harbour week");
    await page.getByLabel("Publication address").fill("https://news.example/harbour-checks");
    await page.getByRole("textbox", { name: "Brief" }).click();
    await page.keyboard.type("Check every figure against the port authority.");
    await page.getByRole("button", { name: "Create session" }).click();

    await expect(page).toHaveURL(/\/sessions\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Harbour week" })).toBeVisible();
    await expect(page.getByText("Check every figure against the port authority.")).toBeVisible();
    await expect(page.locator("time").filter({ hasText: "1 May 2030, 17:30 CEST" })).toBeVisible();

    // Two articles to the editor, reviewed by the reviewer, in one go.
    await page.getByRole("button", { name: "Assign articles" }).click();
    const dialog = page.getByRole("dialog", { name: "Assign articles" });
    await dialog.getByLabel("Filter articles").fill("light");
    await expect(dialog.getByRole("checkbox")).toHaveCount(1 + 2 + 1); // one article, the admin and the editor, and "Blind double check"
    await dialog.getByLabel("Filter articles").fill("");
    await dialog.getByRole("checkbox", { name: "Ferry strike ends" }).check();
    await dialog.getByRole("checkbox", { name: "Harbour fees rise" }).check();
    await dialog.getByRole("button", { name: "Assign 2 articles" }).click();
    await expect(dialog.getByText("Pick at least one editor.")).toBeVisible();
    await dialog.getByRole("checkbox", { name: team.editor.name }).check();
    await dialog.getByLabel("Reviewer").selectOption({ label: team.reviewer.name });
    await dialog.getByRole("button", { name: "Assign 2 articles" }).click();
    await expect(dialog).toBeHidden();
    const rows = page.getByTestId("session-article");
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText(`Editing: ${team.editor.name}`);
    await expect(rows.first()).toContainText(`Review: ${team.reviewer.name}`);
    await expect(page.getByTestId("session-progress")).toHaveText("0 of 2 handed over");

    // The editor sees the work in My work, with the badge and what they were told.
    const editorContext = await browser.newContext({ timezoneId: "Europe/Paris" });
    const editor = await editorContext.newPage();
    await signIn(editor, team.editor);
    await expect(editor.getByTestId("my-work-badge")).toHaveText("2");
    await editor.getByRole("link", { name: /My work/ }).click();
    await expect(editor.getByRole("heading", { level: 1, name: "My work" })).toBeVisible();
    await expect(editor.getByTestId("my-work-item")).toHaveCount(2);
    await expect(editor.getByTestId("notifications")).toContainText(`${team.admin.name} assigned you ‘Ferry strike ends’ to edit in ‘Harbour week’`);
    await expect(editor.getByTestId("my-work-session")).toContainText("Harbour week");

    // Tagging the first claim starts the work; then the editor hands it over.
    await editor.getByTestId("my-work-item").getByRole("link", { name: "Ferry strike ends" }).click();
    await selectText(editor, "after two days of talks");
    await editor.getByRole("toolbar", { name: "Tag the selection" }).getByRole("button", { name: /Disputed/ }).click();
    await expect(editor.getByRole("radio", { name: "Disputed" })).toHaveAttribute("aria-checked", "true");
    await expect(editor.getByTestId("save-status")).toHaveText(/Saved/);
    await editor.getByRole("link", { name: /My work/ }).click();
    const item = editor.getByTestId("my-work-item").filter({ hasText: "Ferry strike ends" });
    await expect(item).toHaveAttribute("data-status", "IN_PROGRESS");
    await item.getByRole("button", { name: "Ready for review: Ferry strike ends" }).click();
    await expect(item).toHaveAttribute("data-status", "READY_FOR_REVIEW");
    await expect(item.getByRole("button")).toHaveCount(0);
    await expect(editor.getByTestId("my-work-badge")).toHaveText("1");
    await expect(editor.getByTestId("my-work-count")).toHaveText("1 article waiting on you");
    await editorContext.close();

    // The desk lead's dashboard counts it (reloaded here; live updates refresh it on their own once the event stream lands).
    await page.reload();
    await expect(page.getByTestId("session-progress")).toHaveText("1 of 2 handed over");
    await expect(page.getByTestId("status-counts").locator('[data-status="READY_FOR_REVIEW"]')).toContainText("1");
    await expect(page.getByTestId("status-counts").locator('[data-status="TO_DO"]')).toContainText("1");
    const ferryRow = rows.filter({ hasText: "Ferry strike ends" });
    await expect(ferryRow).toHaveAttribute("data-status", "READY_FOR_REVIEW");
    await expect(ferryRow.getByRole("img", { name: "Claims of Ferry strike ends: 1 disputed" })).toBeVisible();
    await expect(ferryRow).toContainText("1 of 1 rated");
    await expect(page.getByTestId("member-progress").filter({ hasText: team.editor.name })).toContainText("1 of 2");
    await expect(page.getByTestId("member-progress").filter({ hasText: team.editor.name })).toContainText("1 claim tagged");
    const feed = page.getByTestId("activity-feed");
    await expect(feed).toContainText(`${team.editor.name} handed ‘Ferry strike ends’ over for review`);
    await expect(feed).toContainText(`${team.editor.name} tagged ‘after two days of talks’ as disputed`);
    await expect(feed).toContainText(`${team.editor.name} started work on ‘Ferry strike ends’`);
    await expect(feed.locator("li").first()).toContainText(/just now|s ago/);

    // Taking an article out asks first.
    await page.getByRole("button", { name: "Remove Harbour fees rise from the session" }).click();
    const confirm = page.getByRole("dialog", { name: "Take this article out of the session?" });
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toBeHidden();
    await expect(rows).toHaveCount(2);
    await page.getByRole("button", { name: "Remove Harbour fees rise from the session" }).click();
    await confirm.getByRole("button", { name: "Remove from session" }).click();
    await expect(rows).toHaveCount(1);
    await expect(page.getByTestId("session-progress")).toHaveText("1 of 1 handed over");

    // The list shows where the session stands.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sessions" }).click();
    const listed = page.getByTestId("session-row").filter({ hasText: "Harbour week" });
    await expect(listed).toContainText("1 of 1 handed over");
    await expect(listed).toContainText("Open");
    expect(ferry.id).toBeTruthy();
  });

  test("a viewer follows a session but cannot change it; a closed session is read-only until an admin reopens it with a reason", async ({ page, browser, team }) => {
    await signIn(page, team.admin);
    await page.goto("/sessions/new");
    await page.getByLabel("Name").fill("Tunnel checks");
    await page.getByRole("button", { name: "Create session" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tunnel checks" })).toBeVisible();
    const url = page.url();

    const viewerContext = await browser.newContext();
    const viewer = await viewerContext.newPage();
    await signIn(viewer, team.viewer);
    await viewer.goto(url);
    await expect(viewer.getByRole("heading", { level: 1, name: "Tunnel checks" })).toBeVisible();
    await expect(viewer.getByRole("button", { name: "Assign articles" })).toHaveCount(0);
    await expect(viewer.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await expect(viewer.getByRole("button", { name: "Close session" })).toHaveCount(0);
    await viewer.goto("/sessions/new");
    await expect(viewer.getByRole("heading", { name: "Not available for your role" })).toBeVisible();
    await viewerContext.close();

    await page.getByRole("button", { name: "Close session" }).click();
    await page.getByRole("dialog", { name: "Close this session?" }).getByRole("button", { name: "Close session" }).click();
    await expect(page.getByText("This session is closed and kept read-only. An admin may reopen it.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Assign articles" })).toHaveCount(0);
    await page.getByRole("button", { name: "Reopen" }).click();
    const reopen = page.getByRole("dialog", { name: "Reopen this session" });
    await reopen.getByRole("button", { name: "Reopen" }).click();
    await expect(reopen.getByText("Say why the session is reopened: the reason is kept in its history.")).toBeVisible();
    await reopen.getByLabel("Reason").fill("The council published new figures");
    await reopen.getByRole("button", { name: "Reopen" }).click();
    await expect(reopen).toBeHidden();
    await expect(page.getByRole("button", { name: "Assign articles" })).toBeVisible();
    await expect(page.getByTestId("activity-feed")).toContainText(`${team.admin.name} reopened ‘Tunnel checks’: “The council published new figures”`);
  });
});
