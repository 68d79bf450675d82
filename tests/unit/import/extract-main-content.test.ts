import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractMainContent } from "@/lib/import/extract-main-content";
import { ARTICLE_TAGS } from "@/lib/import/sanitize-article-html";
import { fixture } from "./fixtures";
import { startLocalServer, type LocalServer } from "./local-server";

const PAGE_URL = "https://www.coastalherald.example/world/korvath-reopens-velsk-strait?utm_source=feed";

describe("extractMainContent on a full news page", () => {
  const page = extractMainContent(fixture("full-page.html"), { url: PAGE_URL });

  it("reads the page's own metadata from meta tags and JSON-LD", () => {
    expect(page).toMatchObject({
      title: "Korvath reopens Velsk Strait to cargo ships after talks",
      author: "Jane Okafor",
      siteName: "The Coastal Herald",
      lang: "en-GB",
      canonicalUrl: "https://www.coastalherald.example/world/korvath-reopens-velsk-strait",
      usedFallback: false,
    });
    expect(page.publishedAt?.toISOString()).toBe("2023-03-05T03:00:00.000Z");
    expect(page.updatedAt?.toISOString()).toBe("2023-03-05T04:45:00.000Z");
  });

  it("keeps the article: paragraphs, quote, list, emphasis and absolute links", () => {
    expect(page.html).toContain("Korvath reopened the");
    expect(page.html).toContain('<a href="https://www.coastalherald.example/tags/velsk-strait" rel="noopener noreferrer nofollow">Velsk Strait</a>');
    expect(page.html).toContain("<strong>high for weeks</strong>");
    expect(page.html).toContain("<em>patrols would continue</em>");
    expect(page.html).toMatch(/<blockquote><p>“This is a first step/);
    expect(page.html).toMatch(/<ul>\s*<li>daily escorted convoys/);
  });

  it("leaves out navigation, ads, share buttons, related links, cookie and comment notices and the footer", () => {
    for (const noise of [
      "Business", "Sport", "Advertisement", "Accept all cookies", "We use cookies", "Share", "Copy link",
      "Related stories", "Marendia backs Korvath", "Also read", "Comments have to be", "All rights reserved",
      "Photo Credit", "Privacy",
    ]) {
      expect(page.html, noise).not.toContain(noise);
    }
  });

  it("holds only schema tags", () => {
    const tags = new Set(Array.from(JSDOM.fragment(page.html).querySelectorAll("*")).map((el) => el.nodeName.toLowerCase()));
    expect([...tags].filter((t) => !ARTICLE_TAGS.includes(t))).toEqual([]);
  });

  it("never runs the page's scripts", () => {
    expect(page.html).not.toContain("INJECTED");
    expect(page.title).not.toBe("HACKED");
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });

  it("counts what the boilerplate pass removed", () => {
    expect(page.removedBoilerplate).toBeGreaterThanOrEqual(1);
  });
});

describe("extractMainContent and the network", () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer((_req, res) => res.end("/* fetched */"));
  });
  afterAll(() => server.close());

  it("loads none of the page's scripts, styles, frames or images", async () => {
    const html = `<!doctype html><html><head><title>Port reopens</title>
      <link rel="stylesheet" href="${server.url}/style.css"><script src="${server.url}/app.js"></script></head>
      <body><article><h1>Port reopens</h1><p>The port of Lissa reopened on Sunday after two days of talks between Korvath and the pact, officials said.</p>
      <img src="${server.url}/photo.jpg"><iframe src="${server.url}/frame"></iframe><video src="${server.url}/v.mp4"></video></article></body></html>`;
    const page = extractMainContent(html);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.hits).toEqual([]);
    expect(page.html).toContain("The port of Lissa reopened on Sunday");
  });
});

describe("extractMainContent on odd pages", () => {
  it("falls back to title tag and body when there is no metadata", () => {
    const page = extractMainContent("<html><head><title>Strait talks resume</title></head><body><p>Negotiators met again on Monday.</p></body></html>");
    expect(page.title).toBe("Strait talks resume");
    expect(page.html).toBe("<p>Negotiators met again on Monday.</p>");
    expect(page.publishedAt).toBeUndefined();
  });

  it("survives broken JSON-LD and a site-name suffix in the title", () => {
    const page = extractMainContent(`<html><head><title>Strait talks resume | The Coastal Herald</title>
      <meta property="og:site_name" content="The Coastal Herald">
      <script type="application/ld+json">{ broken json</script></head><body><p>Negotiators met again on Monday.</p></body></html>`);
    expect(page.title).toBe("Strait talks resume");
    expect(page.siteName).toBe("The Coastal Herald");
  });
});

describe("headline choice", () => {
  it("prefers the page's h1 when the <title> is a shortened form of it", () => {
    const page = `<!doctype html><html><head><title>Dock strike ends | Port News</title><meta property="og:site_name" content="Port News"></head>
      <body><article><h1>Dock strike ends after nine days</h1><p>Dock workers voted on Sunday to end a nine-day strike that halted container traffic at the port for more than a week.</p>
      <p>The union said the new contract raises pay by 6 percent over two years, and the port authority confirmed the terms.</p></article></body></html>`;
    expect(extractMainContent(page).title).toBe("Dock strike ends after nine days");
  });
  it("keeps the <title> when the h1 says something else", () => {
    const page = `<!doctype html><html><head><title>Dock strike ends</title></head>
      <body><h1>Port News</h1><article><p>Dock workers voted on Sunday to end a nine-day strike that halted container traffic at the port for more than a week.</p>
      <p>The union said the new contract raises pay by 6 percent over two years, and the port authority confirmed the terms.</p></article></body></html>`;
    expect(extractMainContent(page).title).toBe("Dock strike ends");
  });
});
