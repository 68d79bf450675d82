import { describedBody } from "./api-description";
import { addMembership, createArticle, createTeam, expect, signIn, test } from "./fixtures";

test.describe("accounts and roles", () => {
  test("each role signs in and sees the pages meant for it", async ({ page, team }) => {
    const expectations = [
      { user: team.admin, label: "Admin", members: true, import: true },
      { user: team.editor, label: "Editor", members: false, import: true },
      { user: team.reviewer, label: "Reviewer", members: false, import: false },
      { user: team.viewer, label: "Viewer", members: false, import: false },
    ];
    for (const { user, label, members, import: canImport } of expectations) {
      await signIn(page, user);
      await expect(page.getByTestId("current-role")).toHaveText(label);
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link", { name: "Articles" })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Members" })).toHaveCount(members ? 1 : 0);
      await expect(nav.getByRole("link", { name: "Import" })).toHaveCount(canImport ? 1 : 0);
      await page.goto("/admin/members");
      if (members) await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
      else await expect(page.getByText("Only admins manage members and roles.")).toBeVisible();
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/login/);
    }
  });

  test("a wrong password gets a clear message, and signed-out visitors are sent to sign in", async ({ page, team }) => {
    await page.goto("/articles");
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel("E-mail").fill(team.editor.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong e-mail or password." })).toBeVisible();
  });

  test("a viewer is refused a write, in the UI and in the API", async ({ page, team }) => {
    await signIn(page, team.viewer);
    await page.goto("/articles/new");
    await expect(page.getByText("Only editors and admins can import articles.")).toBeVisible();
    const response = await page.request.post("/api/v1/articles", { data: { title: "Sneaky", text: "A viewer tries to write." } });
    expect(response.status()).toBe(403);
    expect((await describedBody("POST", response)).error.code).toBe("FORBIDDEN");
  });

  test("an admin adds a member and changes a role; the last admin is protected", async ({ page, team }) => {
    await signIn(page, team.admin);
    await page.goto("/admin/members");
    await page.getByLabel("Name").fill("New Checker");
    await page.getByLabel("E-mail").fill(`checker-${Date.now()}@e2e.test`);
    await page.getByLabel("First password").fill("a-first-password");
    await page.getByRole("button", { name: "Add member" }).click();
    await expect(page.getByText(/was added with a new account/)).toBeVisible();
    // A role change asks first; cancelling keeps the stored role.
    const confirm = page.getByRole("dialog");
    await page.getByLabel(`Role of ${team.viewer.email}`).selectOption("REVIEWER");
    await expect(confirm).toContainText(`Make ${team.viewer.name} a reviewer?`);
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByLabel(`Role of ${team.viewer.email}`)).toHaveValue("VIEWER");
    await page.getByLabel(`Role of ${team.viewer.email}`).selectOption("REVIEWER");
    await confirm.getByRole("button", { name: "Change role" }).click();
    await expect(page.getByLabel(`Role of ${team.viewer.email}`)).toHaveValue("REVIEWER");
    // One's own role: what one would lose is said; the refusal shows in place.
    await page.getByLabel(`Role of ${team.admin.email}`).selectOption("EDITOR");
    await expect(confirm).toContainText("Change your own role to Editor?");
    await expect(confirm).toContainText("You will no longer be able to manage members and their roles");
    await confirm.getByRole("button", { name: "Change role" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "last admin" })).toBeVisible();
    await expect(page.getByLabel(`Role of ${team.admin.email}`)).toHaveValue("ADMIN");
  });

  test("the add-member form keeps what was typed when it is refused, and the added banner goes with the member", async ({ page, team }) => {
    await signIn(page, team.admin);
    await page.goto("/admin/members");
    await page.getByLabel("Name").fill("Second Checker");
    await page.getByLabel("E-mail").fill("not-an-email");
    await page.getByLabel("First password").fill("a-first-password");
    await page.getByLabel("Role", { exact: true }).selectOption("REVIEWER");
    await page.getByRole("button", { name: "Add member" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue("Second Checker");
    await expect(page.getByLabel("E-mail")).toHaveValue("not-an-email");
    await expect(page.getByLabel("Role", { exact: true })).toHaveValue("REVIEWER");
    const email = `second-${Date.now()}@e2e.test`;
    await page.getByLabel("E-mail").fill(email);
    await page.getByRole("button", { name: "Add member" }).click();
    await expect(page.getByText(`${email} was added with a new account.`)).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue("");
    await expect(page.getByLabel(`Role of ${email}`)).toHaveValue("REVIEWER");
    await page.getByTestId(`member-${email}`).getByRole("button", { name: "Remove" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove member" }).click();
    await expect(page.getByTestId(`member-${email}`)).toHaveCount(0);
    await expect(page.getByText(`${email} was added`)).toHaveCount(0);
  });
});

test.describe("workspaces", () => {
  test("a member of two workspaces switches between them and sees only the current one's articles", async ({ page, team }) => {
    const other = await createTeam();
    await addMembership(team.editor, other, "VIEWER");
    const mine = await createArticle(team, "Harbour wall repaired", "<p>The harbour wall was repaired in April.</p>");
    const theirs = await createArticle(other, "Lighthouse keeper retires", "<p>The last keeper of the lighthouse retired on Friday.</p>");
    await signIn(page, team.editor);
    await expect(page.getByRole("link", { name: "Harbour wall repaired" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Lighthouse keeper retires" })).toHaveCount(0);

    await page.getByLabel("Workspace").selectOption(other.workspaceId);
    await expect(page.getByRole("link", { name: "Lighthouse keeper retires" })).toBeVisible();
    await expect(page.getByTestId("current-role")).toHaveText("Viewer");
    await expect(page.getByRole("link", { name: "Harbour wall repaired" })).toHaveCount(0);
    // The other workspace's article is not reachable by id from here.
    const response = await page.goto(`/articles/${mine.id}`);
    expect(response?.status()).toBe(404);
    expect((await page.request.get(`/api/v1/articles/${mine.id}`)).status()).toBe(404);
    expect((await page.request.get(`/api/v1/articles/${theirs.id}`)).status()).toBe(200);
  });
});

test.describe("REST API", () => {
  test("a personal token works on the API and a revoked one does not", async ({ page, team, playwright }) => {
    await signIn(page, team.editor);
    await page.goto("/settings/tokens");
    await page.getByLabel("Token name").fill("ci bot");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").textContent())!.trim();
    expect(token).toMatch(/^cc_/);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copy" }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

    const api = await playwright.request.newContext({ baseURL: page.url().replace(/\/settings.*$/, "") });
    const auth = { Authorization: `Bearer ${token}` };
    const mine = await api.get("/api/v1/me", { headers: auth });
    expect(mine.status()).toBe(200);
    expect((await describedBody("GET", mine)).email).toBe(team.editor.email);

    const created = await api.post("/api/v1/articles", {
      headers: auth,
      data: { title: "Ferry timetable changes", outlet: "Harbour Times", text: "The ferry will run every 20 minutes from May.\n\nThe council approved the plan on Tuesday." },
    });
    expect(created.status()).toBe(201);
    const createdArticle = await describedBody("POST", created);
    const read = await api.get(`/api/v1/articles/${createdArticle.id}`, { headers: auth });
    expect((await describedBody("GET", read)).revision.plainText).toContain("every 20 minutes");
    expect((await api.get("/api/v1/articles/not-an-id", { headers: auth })).status()).toBe(404);

    await page.getByTestId("token-ci bot").getByRole("button", { name: "Revoke" }).click();
    await expect(page.getByTestId("token-ci bot")).toContainText("Revoked");
    const after = await api.get("/api/v1/me", { headers: auth });
    expect(after.status()).toBe(401);
    expect((await describedBody("GET", after)).error.code).toBe("UNAUTHENTICATED");
    expect((await api.get("/api/v1/me")).status()).toBe(401);
    await api.dispose();
  });

  test("the OpenAPI document and health check are served", async ({ request }) => {
    const doc = await describedBody("GET", await request.get("/api/v1/openapi.json"));
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/me"]));
    expect((await describedBody("GET", await request.get("/api/health"))).status).toBe("ok");
  });
});
