import { createArticleWith, createClaim, expect, signIn, test } from "./fixtures";

test("a comment whose answer was lost is sent again with the same Idempotency-Key: it shows, and exists, once", async ({ page, team }) => {
  const article = await createArticleWith(team, { title: "Ferry strike ends", html: "<p>The ferry strike ended on Monday after two days of talks.</p>" });
  const claim = await createClaim(team, article, { quote: "after two days of talks", verdict: "DISPUTED" });
  await signIn(page, team.editor);
  await page.goto(`/articles/${article.id}?claim=${claim.id}`);
  const thread = page.getByTestId("claim-thread");
  await expect(thread).toContainText("No discussion yet.");

  // The first post reaches the server, which saves it, but its answer never comes back (a dropped connection).
  const keys: string[] = [];
  let dropped = false;
  await page.route(`**/api/v1/articles/${article.id}/claims/${claim.id}/comments`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    keys.push(route.request().headers()["idempotency-key"]);
    if (dropped) return route.continue();
    dropped = true;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await page.getByRole("textbox", { name: "Start a discussion" }).fill("Which talks? Cite the union.");
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(thread.getByText("No connection to the server.")).toBeVisible();

  // The user presses Comment again: the server answers with the comment it already has.
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(page.getByTestId("thread")).toHaveCount(1);
  await expect(page.getByTestId("thread")).toContainText("Which talks? Cite the union.");
  expect(keys).toHaveLength(2);
  expect(keys[0]).toMatch(/^[\x21-\x7e]{8,200}$/);
  expect(keys[1]).toBe(keys[0]);
  await page.reload();
  await expect(page.getByTestId("thread")).toHaveCount(1);
});

test("a session whose answer was lost says so in the form, and creating it again makes one session", async ({ page, team }) => {
  await signIn(page, team.editor);
  await page.goto("/sessions/new");
  const name = `Budget week ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  // The server action reaches the server, which creates the session, but its answer is lost.
  let dropped = false;
  await page.route("**/sessions/new", async (route) => {
    if (route.request().method() !== "POST" || dropped) return route.continue();
    dropped = true;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await page.getByRole("button", { name: "Create session" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Could not reach the server" })).toContainText("so the session may not have been saved");
  await expect(page.getByLabel("Name")).toHaveValue(name);

  await page.getByRole("button", { name: "Create session" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const { getDb } = await import("../../lib/db");
  expect(await getDb().annotationSession.count({ where: { workspaceId: team.workspaceId, name } })).toBe(1);
});
