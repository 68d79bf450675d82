import type { BrowserContext } from "@playwright/test";
import { createTeam, expect, signIn, test } from "./fixtures";

/** The session cookie a context holds, to replay it after the session ended. */
async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  if (!cookie) throw new Error("not signed in");
  return `${cookie.name}=${cookie.value}`;
}

test.describe("sessions end on the server", () => {
  test("after sign-out the old cookie no longer works", async ({ page, team, playwright, baseURL }) => {
    await signIn(page, team.editor);
    const cookie = await sessionCookie(page.context());
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie } });
    expect((await api.get("/api/v1/me")).status()).toBe(200);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    expect((await api.get("/api/v1/me")).status()).toBe(401);
    const articles = await api.get("/articles", { maxRedirects: 0 });
    expect(articles.status()).toBe(307);
    expect(articles.headers().location).toMatch(/\/login/);
    await api.dispose();
  });

  test("a password change signs out every other browser and keeps this one", async ({ page, team, browser }) => {
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, team.viewer);
    await signIn(page, team.viewer);
    const before = await sessionCookie(page.context());

    await page.goto("/settings/password");
    await expect(page.getByRole("heading", { name: "Password" })).toBeVisible();
    await page.getByLabel("Current password").fill("not it");
    await page.getByLabel("New password", { exact: true }).fill("a fresh long password");
    await page.getByLabel("New password again").fill("a fresh long password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("The current password is not right.")).toBeVisible();
    await page.getByLabel("Current password").fill(team.viewer.password);
    await page.getByLabel("New password", { exact: true }).fill("a fresh long password");
    await page.getByLabel("New password again").fill("a fresh long password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Your password was changed.")).toBeVisible();

    // This browser goes on, with a new cookie; the copy of the old one is dead.
    await page.goto("/articles");
    await expect(page.getByTestId("current-user")).toContainText(team.viewer.name);
    expect(await sessionCookie(page.context())).not.toBe(before);
    const replay = await page.request.get("/api/v1/me", { headers: { cookie: before } });
    expect(replay.status()).toBe(401);
    // The other browser is signed out, and told why.
    await otherPage.goto("/articles");
    await expect(otherPage).toHaveURL(/\/login\?ended=PASSWORD_CHANGED/);
    await expect(otherPage.getByText("Your password was changed")).toBeVisible();
    await other.close();
  });

  test("a member removed from their only workspace is signed out and then sees a clear page, not an error", async ({ page, team, browser }) => {
    const removed = await browser.newContext();
    const removedPage = await removed.newPage();
    await signIn(removedPage, team.reviewer);

    await signIn(page, team.admin);
    await page.goto("/admin/members");
    const row = page.getByRole("row").filter({ hasText: team.reviewer.email });
    await row.getByRole("button", { name: /Remove/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove member" }).click();
    await expect(page.getByRole("row").filter({ hasText: team.reviewer.email })).toHaveCount(0);

    const response = await removedPage.goto("/articles");
    expect(response?.status()).toBeLessThan(500);
    await expect(removedPage).toHaveURL(/\/login\?ended=REMOVED_FROM_WORKSPACE/);
    await expect(removedPage.getByText("An admin removed you from a workspace")).toBeVisible();
    await removedPage.getByLabel("E-mail").fill(team.reviewer.email);
    await removedPage.getByLabel("Password").fill(team.reviewer.password);
    await removedPage.getByRole("button", { name: "Sign in" }).click();
    await expect(removedPage.getByRole("heading", { name: "You are not in any workspace" })).toBeVisible();
    await removed.close();
  });

  test("a member removed from one of two workspaces goes on in the other", async ({ page, team, browser }) => {
    const second = await createTeam();
    const { addMembership } = await import("./fixtures");
    await addMembership(team.editor, second, "VIEWER");
    const context = await browser.newContext();
    const editorPage = await context.newPage();
    await signIn(editorPage, team.editor);
    await signIn(page, second.admin);
    await page.goto("/admin/members");
    await page.getByRole("row").filter({ hasText: team.editor.email }).getByRole("button", { name: /Remove/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove member" }).click();
    await expect(page.getByRole("row").filter({ hasText: team.editor.email })).toHaveCount(0);
    await editorPage.goto("/articles");
    await expect(editorPage).toHaveURL(/\/login\?ended=REMOVED_FROM_WORKSPACE/);
    await signIn(editorPage, team.editor);
    await expect(editorPage.getByTestId("current-role")).toHaveText("Editor");
    await context.close();
  });
});

test.describe("security headers", () => {
  test("pages carry a nonce CSP without inline scripts, frame-ancestors 'none' and a Permissions-Policy; scripts still run", async ({ page, team }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const login = await page.goto("/login");
    const headers = login!.headers();
    const csp = headers["content-security-policy"];
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src "))!;
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-frame-options"]).toBe("DENY");
    // Plain http here: no HSTS (it is sent when NEXTAUTH_URL is https; unit-tested).
    expect(headers["strict-transport-security"]).toBeUndefined();
    const again = (await page.request.get("/login")).headers()["content-security-policy"];
    expect(again).not.toBe(csp);

    // Hydrated pages (sign-in form, annotator list) work under the policy.
    await signIn(page, team.editor);
    await page.goto("/articles/new");
    await page.goto("/matrix");
    await page.goto("/graph");
    expect(violations).toEqual([]);
  });
});
