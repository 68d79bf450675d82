import { startOtherSite } from "./other-site";
import { expect, signIn, test } from "./fixtures";

/** How many articles with this title the team's workspace holds (read straight from the database). */
async function articlesTitled(workspaceId: string, title: string) {
  const { getDb } = await import("../../lib/db");
  return getDb().article.count({ where: { workspaceId, title } });
}

test.describe("cross-site request forgery", () => {
  test("a page on another port cannot create an article with a signed-in editor's cookie", async ({ page, team, baseURL }) => {
    await signIn(page, team.editor);
    const target = `${baseURL}/api/v1/articles`;
    const body = JSON.stringify({ title: "Forged by fetch", text: "A page elsewhere wrote this." });
    // The two bodies a page can send anywhere without a CORS preflight: a text/plain fetch and a text/plain form.
    const site = await startOtherSite(`<!doctype html>
      <form id="forged" method="POST" action="${target}" enctype="text/plain">
        <input type="hidden" name='{"title":"Forged by form","text":"A form elsewhere wrote this.","pad":"' value='"}'>
      </form>
      <script>
        fetch(${JSON.stringify(target)}, { method: "POST", mode: "no-cors", credentials: "include", headers: { "Content-Type": "text/plain" }, body: ${JSON.stringify(body)} })
          .finally(() => { document.title = "fetched"; });
      </script>`);
    try {
      await page.goto(site.url);
      await expect(page).toHaveTitle("fetched");
      const answer = page.waitForResponse(target);
      await page.evaluate(() => (document.getElementById("forged") as HTMLFormElement).submit());
      const response = await answer;
      expect(response.status()).toBe(403);
      expect((await response.json()).error.code).toBe("FORBIDDEN");
    } finally {
      await site.close();
    }
    expect(await articlesTitled(team.workspaceId, "Forged by fetch")).toBe(0);
    expect(await articlesTitled(team.workspaceId, "Forged by form")).toBe(0);

    // The same cookie from the app's own page still writes (JSON, same origin).
    await page.goto("/articles");
    const status = await page.evaluate(async (json) => {
      const response = await fetch("/api/v1/articles", { method: "POST", headers: { "Content-Type": "application/json" }, body: json });
      return response.status;
    }, JSON.stringify({ title: "Written by the app", text: "The app's own page wrote this." }));
    expect(status).toBe(201);
    expect(await articlesTitled(team.workspaceId, "Written by the app")).toBe(1);
  });
});
