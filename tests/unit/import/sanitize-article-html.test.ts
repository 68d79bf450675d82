import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { ARTICLE_TAGS, sanitizeArticleHtml } from "@/lib/import/sanitize-article-html";

/** Every element in the output is a schema tag, and only links carry attributes (href and rel). */
function expectSchemaOnly(html: string): void {
  const elements = Array.from(JSDOM.fragment(html).querySelectorAll("*"));
  for (const el of elements) {
    expect(ARTICLE_TAGS).toContain(el.nodeName.toLowerCase());
    const attributes = Array.from(el.attributes).map((a) => a.name);
    expect(attributes.filter((a) => !(el.nodeName === "A" && (a === "href" || a === "rel")))).toEqual([]);
    if (el.nodeName === "A") expect(el.getAttribute("href")).toMatch(/^(https?:|mailto:)/);
  }
}

const HOSTILE = [
  `<script>alert("xss")</script>`,
  `<p onclick="alert(1)" onmouseover="alert(2)" style="background:url(javascript:alert(3))">Clickable</p>`,
  `<img src="x" onerror="alert(4)">`,
  `<a href="javascript:alert(5)">js link</a>`,
  `<a href="jav&#x61;script:alert(6)">encoded js link</a>`,
  `<a href=" java\tscript:alert(7)">spaced js link</a>`,
  `<a href="JAVASCRIPT:alert(8)">upper js link</a>`,
  `<a href="vbscript:msgbox(9)">vb link</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxMCk8L3NjcmlwdD4=">data link</a>`,
  `<a href="//evil.example/x">protocol-relative</a>`,
  `<svg onload="alert(11)"><script>alert(12)</script><a xlink:href="javascript:alert(13)"><text>svg text</text></a></svg>`,
  `<math><mtext><script>alert(14)</script></mtext></math>`,
  `<style>body{display:none}</style><link rel="stylesheet" href="https://evil.example/x.css">`,
  `<iframe src="https://evil.example" srcdoc="<script>alert(15)</script>"></iframe>`,
  `<object data="evil.swf"></object><embed src="evil.swf">`,
  `<form action="https://evil.example"><input name="q" value="steal"><button formaction="javascript:alert(16)">Go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert(17)"><base href="javascript:alert(18)//">`,
  `<details open ontoggle="alert(19)"><summary>Summary</summary>Details text</details>`,
  `<template><script>alert(20)</script></template><noscript><img src=x onerror=alert(21)></noscript>`,
  `<p>Unclosed <b>bold <i>italic <a href="https://ok.example/">ok link`,
  `<!-- <script>alert(22)</script> --><p>After comment</p>`,
  `<div style="position:fixed;top:0">Overlay</div>`,
].join("\n");

describe("sanitizeArticleHtml with hostile input", () => {
  const out = sanitizeArticleHtml(HOSTILE);

  it("keeps only schema tags and safe link attributes", () => {
    expectSchemaOnly(out);
  });

  it("leaves no script, handler, style or dangerous URL behind", () => {
    expect(out).not.toMatch(/<script|<svg|<iframe|<style|<img|<form|<input|<object|<embed|<meta|<base|<math/i);
    expect(out).not.toMatch(/\son\w+=|style=|javascript:|vbscript:|data:text|evil\.example/i);
    // Script bodies are dropped with their tags, not left behind as text.
    expect(out).not.toContain("alert(");
  });

  it("keeps the harmless text and the safe link", () => {
    expect(out).toContain("Clickable");
    expect(out).toContain("js link");
    // The unclosed tags swallow what follows, as a browser would; the link itself survives intact.
    expect(out).toContain('<a href="https://ok.example/" rel="noopener noreferrer nofollow">ok link');
    expect(out).toContain("After comment");
    expect(out).toContain("Overlay");
  });
});

describe("sanitizeArticleHtml mapping to the schema", () => {
  it("maps b/i to strong/em and h5/h6 to h4, keeping h1-h4", () => {
    const out = sanitizeArticleHtml("<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h5>E</h5><h6>F</h6><p><b>bold</b> <i>it</i></p>");
    expect(out).toBe("<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h4>E</h4><h4>F</h4><p><strong>bold</strong> <em>it</em></p>");
  });

  it("turns text-only divs into paragraphs and unwraps divs that hold blocks", () => {
    const out = sanitizeArticleHtml("<div><div>First</div><div>Second <span>part</span></div><p>Third</p></div>");
    expect(out).toBe("<p>First</p><p>Second part</p><p>Third</p>");
  });

  it("wraps loose text beside blocks into its own paragraph", () => {
    expect(sanitizeArticleHtml("<div>Intro text<p>Body</p>tail</div>")).toBe("<p>Intro text</p><p>Body</p><p>tail</p>");
  });

  it("splits paragraphs on double line breaks but keeps single ones", () => {
    expect(sanitizeArticleHtml("<p>one<br><br>two<br>three</p>")).toBe("<p>one</p><p>two<br />three</p>");
  });

  it("keeps lists, blockquotes and mailto links; puts orphan list items back in a list", () => {
    const out = sanitizeArticleHtml(
      '<ol><li>a</li></ol><blockquote><p>q</p></blockquote><li>orphan</li><p><a href="mailto:desk@herald.example">mail</a></p>',
    );
    expect(out).toContain("<ol><li>a</li></ol>");
    expect(out).toContain("<blockquote><p>q</p></blockquote>");
    expect(out).toContain("<ul><li>orphan</li></ul>");
    expect(out).toContain('<a href="mailto:desk@herald.example" rel="noopener noreferrer nofollow">mail</a>');
  });

  it("drops images, captions, navigation, asides and footers with their text", () => {
    const out = sanitizeArticleHtml(
      "<figure><img src=a.jpg><figcaption>Ships | Photo: AP</figcaption></figure><nav>Menu</nav><aside>Related</aside><p>Body</p><footer>Footer</footer>",
    );
    expect(out).toBe("<p>Body</p>");
  });

  it("resolves relative links against the page address and unwraps those it cannot resolve", () => {
    expect(sanitizeArticleHtml('<p><a href="/world/a">rel</a></p>', { baseUrl: "https://herald.example/x/y" })).toBe(
      '<p><a href="https://herald.example/world/a" rel="noopener noreferrer nofollow">rel</a></p>',
    );
    expect(sanitizeArticleHtml('<p><a href="/world/a">rel</a></p>')).toBe("<p>rel</p>");
  });

  it("flattens tables into one paragraph per row and drops empty blocks", () => {
    const out = sanitizeArticleHtml("<table><tr><th>Port</th><th>Ships</th></tr><tr><td>Lissa</td><td>60</td></tr></table><p> </p><ul><li></li></ul>");
    expect(out).toBe("<p>Port Ships </p><p>Lissa 60 </p>");
  });
});
