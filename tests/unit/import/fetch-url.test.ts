import http from "node:http";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { fetchArticleUrl } from "@/lib/import/fetch-url";
import { isPublicAddress, resolvePublicHost } from "@/lib/import/resolve-public-host";
import { startLocalServer, type LocalServer } from "./local-server";

// Calls through to the real resolver unless a test pretends a host is public (see the redirect tests).
vi.mock("@/lib/import/resolve-public-host", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/import/resolve-public-host")>();
  return { ...actual, resolvePublicHost: vi.fn(actual.resolvePublicHost) };
});

const ARTICLE = "<html><head><title>Strait reopens</title></head><body><p>Ships sail again.</p></body></html>";

let server: LocalServer;
const routes: Record<string, http.RequestListener> = {
  "/article": (_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ARTICLE),
  "/text": (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("Plain article text."),
  "/redirect": (_req, res) => res.writeHead(302, { location: "/article" }).end(),
  "/loop": (_req, res) => res.writeHead(301, { location: "/loop" }).end(),
  "/to-ftp": (_req, res) => res.writeHead(302, { location: "ftp://files.example/a.txt" }).end(),
  "/to-private": (_req, res) => res.writeHead(302, { location: "http://10.0.0.1/admin" }).end(),
  "/to-localhost": (_req, res) => res.writeHead(307, { location: `http://localhost:${server.port}/article` }).end(),
  "/missing": (_req, res) => res.writeHead(404, { "content-type": "text/html" }).end("nope"),
  "/image": (_req, res) => res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50])),
  "/big": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("x".repeat(5000)),
  "/big-chunked": (_req, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    for (let i = 0; i < 50; i++) res.write("y".repeat(1000));
    res.end();
  },
  "/gzip": (_req, res) => res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(ARTICLE)),
  "/gzip-bomb": (_req, res) =>
    res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(2_000_000, 0x61))),
  "/latin1": (_req, res) =>
    res.writeHead(200, { "content-type": "text/plain; charset=iso-8859-1" }).end(Buffer.from("Café in Lissa", "latin1")),
  "/hang": () => undefined,
  "/slow-body": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<p>partial");
  },
};

beforeAll(async () => {
  server = await startLocalServer((req, res) => (routes[req.url ?? ""] ?? routes["/missing"])(req, res));
});
afterAll(() => server.close());
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  server.hits.length = 0;
});

const allowPrivate = () => vi.stubEnv("IMPORT_ALLOW_PRIVATE_URLS", "true");
const pretendPublicOnce = () =>
  vi.mocked(resolvePublicHost).mockResolvedValueOnce([{ address: "127.0.0.1", family: 4 }]);

describe("fetchArticleUrl refusals (no request is ever sent)", () => {
  it.each(["ftp://files.example/a.txt", "file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi", "not a url"])(
    "refuses %s as VALIDATION",
    async (url) => {
      const request = vi.spyOn(http, "request");
      await expect(fetchArticleUrl(url)).rejects.toMatchObject({ code: "VALIDATION" });
      expect(request).not.toHaveBeenCalled();
    },
  );

  it.each([
    () => `http://localhost:${server.port}/article`,
    () => `http://127.0.0.1:${server.port}/article`,
    () => `http://[::1]:${server.port}/article`,
    () => `http://[::ffff:127.0.0.1]:${server.port}/article`,
    // IPv4-compatible IPv6 (deprecated ::/96): the URL parser writes it [::7f00:1].
    () => `http://[::127.0.0.1]:${server.port}/article`,
    () => "http://[::10.0.0.1]/",
    () => "http://[0:0:0:0:0:0:7f00:1]/",
    () => `http://2130706433:${server.port}/article`,
    () => "http://10.1.2.3/",
    () => "http://192.168.0.10/",
    () => "http://169.254.169.254/latest/meta-data/",
    () => "http://0.0.0.0/",
    () => "http://100.64.0.1/",
    () => "http://224.0.0.1/",
    () => "http://[fd00::1]/",
    () => "http://[fe80::1]/",
  ])("refuses a private or local address (%#) without connecting", async (makeUrl) => {
    vi.stubEnv("IMPORT_ALLOW_PRIVATE_URLS", "");
    const request = vi.spyOn(http, "request");
    await expect(fetchArticleUrl(makeUrl())).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("private or local network address"),
    });
    expect(request).not.toHaveBeenCalled();
    expect(server.hits).toEqual([]);
  });

  it("classifies addresses with an allow-list of public unicast", () => {
    for (const address of ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111"]) expect(isPublicAddress(address), address).toBe(true);
    for (const address of ["127.0.0.1", "10.0.0.1", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "255.255.255.255",
      "100.64.0.1", "192.0.2.1", "::1", "::", "fc00::1", "fe80::1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:a00:1::", "ff02::1", "nonsense",
      // IPv4-compatible, site-local, discard-only and other non-global IPv6 forms.
      "::127.0.0.1", "::7f00:1", "::a9fe:a9fe", "::808:808", "fec0::1", "100::1", "::ffff:0:7f00:1", "0:0:0:0:0:ffff:7f00:1"]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });
});

describe("fetchArticleUrl against a local server (IMPORT_ALLOW_PRIVATE_URLS=true)", () => {
  it("fetches an HTML page", async () => {
    allowPrivate();
    // The same spy the refusal tests rely on does see real requests.
    const request = vi.spyOn(http, "request");
    await expect(fetchArticleUrl(`${server.url}/article`)).resolves.toEqual({
      finalUrl: `${server.url}/article`,
      contentType: "text/html",
      body: ARTICLE,
    });
    expect(request).toHaveBeenCalledTimes(1);
  });

  it("follows a relative redirect and reports the final address", async () => {
    allowPrivate();
    const page = await fetchArticleUrl(`${server.url}/redirect`);
    expect(page.finalUrl).toBe(`${server.url}/article`);
    expect(server.hits).toEqual(["/redirect", "/article"]);
  });

  it("gives up after 5 redirects", async () => {
    allowPrivate();
    await expect(fetchArticleUrl(`${server.url}/loop`)).rejects.toMatchObject({ code: "UPSTREAM", message: expect.stringContaining("more than 5 times") });
    expect(server.hits).toHaveLength(6);
  });

  it("re-validates the scheme of every redirect", async () => {
    allowPrivate();
    await expect(fetchArticleUrl(`${server.url}/to-ftp`)).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("decodes gzip and the declared charset; accepts text/plain", async () => {
    allowPrivate();
    expect((await fetchArticleUrl(`${server.url}/gzip`)).body).toBe(ARTICLE);
    expect(await fetchArticleUrl(`${server.url}/latin1`)).toMatchObject({ contentType: "text/plain", body: "Café in Lissa" });
  });

  it("reports non-2xx answers as UPSTREAM with the status", async () => {
    allowPrivate();
    await expect(fetchArticleUrl(`${server.url}/missing`)).rejects.toMatchObject({ code: "UPSTREAM", message: expect.stringContaining("404 Not Found") });
  });

  it("refuses content that is not a page or text", async () => {
    allowPrivate();
    await expect(fetchArticleUrl(`${server.url}/image`)).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
  });

  it.each(["/big", "/big-chunked", "/gzip-bomb"])("caps the body size while streaming (%s)", async (path) => {
    allowPrivate();
    await expect(fetchArticleUrl(`${server.url}${path}`, { maxBytes: 1000 })).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it.each(["/hang", "/slow-body"])("times out (%s)", async (path) => {
    allowPrivate();
    const started = Date.now();
    await expect(fetchArticleUrl(`${server.url}${path}`, { timeoutMs: 300 })).rejects.toMatchObject({
      code: "UPSTREAM",
      message: expect.stringContaining("timed out after 0.3 s"),
    });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("reports a refused connection as UPSTREAM", async () => {
    allowPrivate();
    await expect(fetchArticleUrl("http://127.0.0.1:9/")).rejects.toMatchObject({ code: "UPSTREAM", message: expect.stringContaining("refused") });
  });
});

describe("fetchArticleUrl pins and re-checks addresses (private addresses not allowed)", () => {
  it("connects to the address it checked, not to a fresh DNS answer", async () => {
    pretendPublicOnce();
    // news.example does not resolve at all: the request can only succeed through the pinned address.
    const page = await fetchArticleUrl(`http://news.example:${server.port}/article`);
    expect(page.body).toBe(ARTICLE);
  });

  it("refuses a redirect to a private address", async () => {
    pretendPublicOnce();
    await expect(fetchArticleUrl(`http://news.example:${server.port}/to-private`)).rejects.toMatchObject({ code: "VALIDATION" });
    expect(server.hits).toEqual(["/to-private"]);
  });

  it("refuses a redirect to localhost", async () => {
    pretendPublicOnce();
    await expect(fetchArticleUrl(`http://news.example:${server.port}/to-localhost`)).rejects.toMatchObject({ code: "VALIDATION" });
    expect(server.hits).toEqual(["/to-localhost"]);
  });
});
