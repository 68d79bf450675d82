import http from "node:http";
import { expect, test } from "@playwright/test";
import { signIn } from "../e2e/fixtures";
import { startApp } from "./app-server";
import { createFaultDatabase } from "./fault-database";

/** Opens the event stream over a keep-alive connection; resolves once it is connected, with when it ended (or null). */
function openStream(url: string, token: string, agent: http.Agent) {
  return new Promise<{ ended: Promise<number | "aborted"> }>((resolve, reject) => {
    const request = http.get(`${url}/api/v1/events`, { agent, headers: { authorization: `Bearer ${token}`, accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`the event stream answered ${response.statusCode}`));
      const ended = new Promise<number | "aborted">((done) => {
        response.once("end", () => done(Date.now()));
        response.once("aborted", () => done("aborted"));
        response.once("error", () => done("aborted"));
      });
      let text = "";
      response.on("data", (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes(": connected")) resolve({ ended });
      });
    });
    request.on("error", reject);
  });
}

test("SIGTERM with open event streams and busy keep-alive connections: the streams end and the server exits within seconds", async ({ page }) => {
  let articleId = "";
  const { appUrl, team, token, drop } = await createFaultDatabase("stop", async (seeded) => {
    const { makeArticle } = await import("../../lib/factories/make-article");
    articleId = (await makeArticle(seeded.editor, { title: "Harbour tunnel", html: "<p>The harbour tunnel will open in June.</p>" })).id;
  });
  try {
    const app = await startApp(appUrl);
    // A browser tab on the annotator: its own event stream, presence heartbeats, keep-alive connections.
    await signIn(page, { ...team.editor, id: team.editor.userId });
    await page.goto(`/articles/${articleId}`);
    await expect(page.getByTestId("article-text")).toContainText("harbour tunnel");

    // Two raw streams, and a client that keeps its one keep-alive connection busy, as a tab's polls and beats do.
    const agent = new http.Agent({ keepAlive: true });
    const streams = [await openStream(app.url, token, agent), await openStream(app.url, token, agent)];
    const poller = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let polling = true;
    const poll = (async () => {
      while (polling) {
        await new Promise<void>((done) => {
          http.get(`${app.url}/api/v1/me`, { agent: poller, headers: { authorization: `Bearer ${token}` } }, (response) => {
            response.resume();
            response.once("end", () => done());
          }).once("error", () => done());
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    })();

    const sigterm = Date.now();
    const exit = await app.stop();
    polling = false;
    await poll;
    agent.destroy();
    poller.destroy();

    // The streams ended cleanly (EventSource reconnects, elsewhere), and did so at once.
    for (const stream of streams) {
      const ended = await stream.ended;
      expect(ended).not.toBe("aborted");
      expect((ended as number) - sigterm).toBeLessThan(2_000);
    }
    // Next's own graceful exit (128 + SIGTERM), not the SIGKILL that follows ten seconds of waiting.
    expect(exit.signal).toBeNull();
    expect(exit.code).toBe(143);
    expect(exit.ms).toBeLessThan(3_000);
  } finally {
    await drop().catch(() => {});
  }
});
