import http from "node:http";
import type { AddressInfo } from "node:net";
import { describedBody } from "./api-description";
import { expect, test } from "./fixtures";

/** An API client signed in through NextAuth's credentials endpoint (session cookie). */
async function signedInApi(playwright: import("@playwright/test").PlaywrightWorkerArgs["playwright"], baseURL: string, email: string, password: string) {
  const api = await playwright.request.newContext({ baseURL });
  const csrf = (await (await api.get("/api/auth/csrf")).json()).csrfToken;
  await api.post("/api/auth/callback/credentials", { form: { csrfToken: csrf, email, password, json: "true" } });
  return api;
}

test.describe("REST API import", () => {
  test("creates articles from an uploaded file and from a fetched URL, and refuses bad input with clear 4xx errors", async ({ team, playwright, baseURL }) => {
    const api = await signedInApi(playwright, baseURL!, team.editor.email, team.editor.password);

    const upload = await api.post("/api/v1/articles", {
      multipart: {
        file: { name: "bridge.md", mimeType: "text/markdown", buffer: Buffer.from("# Bridge inspection finds cracks\n\nInspectors found three cracks in the north span on Friday.\n") },
        outlet: "Harbour Gazette",
      },
    });
    expect(upload.status()).toBe(201);
    const uploaded = await describedBody("POST", upload);
    expect(uploaded.title).toBe("Bridge inspection finds cracks");
    expect(uploaded.outlet).toBe("Harbour Gazette");

    const binary = await api.post("/api/v1/articles", { multipart: { file: { name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n\u0000\u0001binary") } } });
    expect(binary.status()).toBe(415);
    expect((await describedBody("POST", binary)).error.message).toContain("scan.pdf");

    const huge = await api.post("/api/v1/articles", { multipart: { file: { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(6 * 1024 * 1024, "a") } } });
    expect(huge.status()).toBe(413);
    await describedBody("POST", huge);

    const duplicate = await api.post("/api/v1/articles", { multipart: { file: { name: "again.md", mimeType: "text/markdown", buffer: Buffer.from("# Bridge inspection finds cracks\n\nInspectors found three cracks in the north span on Friday.\n") } } });
    expect(duplicate.status()).toBe(409);
    expect((await describedBody("POST", duplicate)).error.code).toBe("DUPLICATE");

    const badJson = await api.post("/api/v1/articles", { headers: { "Content-Type": "application/json" }, data: "{not json" });
    expect(badJson.status()).toBe(400);
    const two = await api.post("/api/v1/articles", { data: { text: "a", html: "<p>b</p>" } });
    expect(two.status()).toBe(400);
    expect((await describedBody("POST", two)).error.message).toContain("exactly one");

    // A page served on loopback (the test server allows private addresses; production refuses them).
    const page = http.createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html lang="en"><head><title>Dock strike ends | Port News</title>
        <meta property="og:site_name" content="Port News"><meta property="article:published_time" content="2026-05-04T08:00:00Z"></head>
        <body><nav>Home | World | Sport</nav><article><h1>Dock strike ends after nine days</h1>
        <p>Dock workers voted on Sunday to end a nine-day strike that halted container traffic at the port.</p>
        <p>The union said the new contract raises pay by 6 percent over two years.</p>
        <script>window.tracker = 1</script></article><footer>Subscribe to our newsletter</footer></body></html>`);
    });
    await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(page.address() as AddressInfo).port}/news/dock-strike`;
    const fetched = await api.post("/api/v1/articles", { data: { sourceUrl: url } });
    page.close();
    expect(fetched.status()).toBe(201);
    const article = await describedBody("POST", fetched);
    expect(article.title).toBe("Dock strike ends after nine days");
    expect(article.outlet).toBe("Port News");
    expect(article.publishedAt).toBe("2026-05-04T08:00:00.000Z");
    expect(article.revision.plainText).toContain("raises pay by 6 percent");
    expect(article.revision.plainText).not.toContain("Subscribe to our newsletter");
    expect(article.revision.plainText).not.toContain("tracker");

    const refused = await api.post("/api/v1/articles", { data: { sourceUrl: "file:///etc/passwd" } });
    expect(refused.status()).toBe(400);
    await api.dispose();
  });
});
