import { JSDOM } from "jsdom";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { htmlToDoc } from "@/lib/editor/html-to-doc";
import { docToPlainText } from "@/lib/editor/plain-text";
import { parseDoc } from "@/lib/editor/schema";
import { importInputSchema, prepareImport, type ImportPreview } from "@/lib/import/prepare-import";
import { ARTICLE_TAGS } from "@/lib/import/sanitize-article-html";
import { buildDocx } from "@/lib/factories/build-docx";
import { fixture } from "./fixtures";
import { startLocalServer, type LocalServer } from "./local-server";

const utf8 = (s: string) => new TextEncoder().encode(s);

function expectSchemaOnly(preview: ImportPreview): void {
  const tags = Array.from(JSDOM.fragment(preview.html).querySelectorAll("*")).map((el) => el.nodeName.toLowerCase());
  expect(tags.filter((t) => !ARTICLE_TAGS.includes(t))).toEqual([]);
}

afterEach(() => vi.unstubAllEnvs());

describe("prepareImport from pasted text", () => {
  it("returns metadata, clean schema HTML and a plain-text preview", async () => {
    const preview = await prepareImport({ kind: "text", text: fixture("herald-updated-published.txt") });
    expect(preview).toMatchObject({
      title: "Marendia tells Korvath it ‘understands’ its ‘legitimate shipping concerns’",
      outlet: "The Coastal Herald",
      language: "en",
      publishedAt: new Date("2023-03-03T12:42:00Z"),
      sourceUpdatedAt: new Date("2023-03-03T16:11:00Z"),
    });
    expect(preview.subtitle).toMatch(/^Marendian Foreign Minister/);
    expect(preview.html).not.toMatch(/Sign in|Photo Credit|Comments have to|0 \/ 0|Published -|Updated -/);
    expect(preview.html.startsWith("<p>Marendian Foreign Minister Tomas Ardell speaks to")).toBe(true);
    expect(preview.plainTextPreview.length).toBeLessThanOrEqual(600);
    expect(preview.plainTextPreview).toMatch(/^Marendian Foreign Minister/);
    expect(preview.warnings).toEqual([expect.stringMatching(/^Removed 12 lines of site furniture/)]);
    expectSchemaOnly(preview);
  });

  it("produces HTML the editor schema accepts", async () => {
    const preview = await prepareImport({ kind: "text", text: fixture("ledger-bullets-topics.txt") });
    const doc = htmlToDoc(preview.html);
    expect(JSON.stringify(doc)).toContain("LISSA — In reference to pact sanctions");
  });

  it("uses a given URL as the source and for the outlet", async () => {
    const preview = await prepareImport({
      kind: "text",
      text: fixture("comments-closed.txt"),
      url: "https://www.coastalherald.example/world/strait",
    });
    expect(preview.url).toBe("https://www.coastalherald.example/world/strait");
    expect(preview.outlet).toBe("coastalherald.example");
  });

  it("warns about what is missing", async () => {
    const preview = await prepareImport({ kind: "text", text: fixture("comments-closed.txt") });
    expect(preview.warnings).toEqual(expect.arrayContaining([
      "No publication date was found.",
      "The outlet could not be detected: the text names no publisher. Enter it before saving.",
    ]));
  });

  it("dates an article by its “Updated” line when it prints no publication date, and says so", async () => {
    const text = [
      "Ferry fares frozen for a year",
      "",
      "By LENA MARKOVA | HARBOUR DAILY",
      "Updated: Mar 4, 2023",
      "",
      "The island council froze ferry fares for a year on Friday, after a petition signed by 4,000 residents.",
    ].join("\n");
    const preview = await prepareImport({ kind: "text", text });
    expect(preview).toMatchObject({ outlet: "Harbour Daily", publishedAt: new Date("2023-03-04T12:00:00Z"), sourceUpdatedAt: new Date("2023-03-04T12:00:00Z"), dateFromUpdate: true });
    expect(preview.warnings).toContain("The source gives no publication date, only an “Updated” one: that date is used as the article’s date. Check it before saving.");
    // A source with both dates keeps its publication date, and says nothing about it.
    const both = await prepareImport({ kind: "text", text: text.replace("Updated: Mar 4, 2023", "Published: Mar 3, 2023 | Updated: Mar 4, 2023") });
    expect(both).toMatchObject({ publishedAt: new Date("2023-03-03T12:00:00Z"), sourceUpdatedAt: new Date("2023-03-04T12:00:00Z") });
    expect(both.dateFromUpdate).toBeUndefined();
    expect(both.warnings.join(" ")).not.toContain("Updated");
  });

  it("takes the outlet from the text's own reporting phrase when nothing else names it, and says so", async () => {
    const text = [
      "Port chief backs night sailings",
      "",
      "LISSA — The port authority will allow night sailings from April, its chief told the Lissa Evening Post on Monday.",
      "",
      "According to the online edition of The Coastal Herald, the change was first proposed in 2021.",
    ].join("\n");
    const preview = await prepareImport({ kind: "text", text });
    expect(preview.outlet).toBe("The Lissa Evening Post");
    expect(preview.warnings).toContain("The outlet was inferred from the text’s own words (“told the Lissa Evening Post”). Check it before saving.");
  });

  it("refuses text that is nothing but boilerplate with EMPTY_CONTENT", async () => {
    await expect(prepareImport({ kind: "text", text: "Sign in\n\nShare\nPrint\n\nComments are closed." })).rejects.toMatchObject({
      code: "EMPTY_CONTENT",
      message: "No article text was found in the pasted text.",
    });
  });

  it("refuses oversize text with PAYLOAD_TOO_LARGE", async () => {
    vi.stubEnv("IMPORT_MAX_BYTES", "100");
    await expect(prepareImport({ kind: "text", text: "x".repeat(101) })).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });
});

describe("prepareImport from HTML, Markdown and files", () => {
  it("extracts the article from a full page with its metadata", async () => {
    const preview = await prepareImport({ kind: "html", html: fixture("full-page.html") });
    expect(preview).toMatchObject({
      title: "Korvath reopens Velsk Strait to cargo ships after talks",
      outlet: "The Coastal Herald",
      author: "Jane Okafor",
      url: "https://www.coastalherald.example/world/korvath-reopens-velsk-strait",
      language: "en",
      publishedAt: new Date("2023-03-05T03:00:00Z"),
    });
    expect(preview.html).not.toMatch(/cookies|Also read|Related stories|Comments have to/);
    expectSchemaOnly(preview);
  });

  it("treats an HTML fragment as the article itself", async () => {
    const html = "<h1>Strait talks resume</h1><p>By Jane Okafor</p><p>March 6, 2023</p><p>Negotiators from Korvath and the pact met again on Monday in Lissa, officials said, after a weekend of quiet diplomacy.</p><p>Share</p>";
    const preview = await prepareImport({ kind: "html", html });
    expect(preview).toMatchObject({ title: "Strait talks resume", author: "Jane Okafor", publishedAt: new Date("2023-03-06T12:00:00Z") });
    expect(preview.html).toBe("<p>Negotiators from Korvath and the pact met again on Monday in Lissa, officials said, after a weekend of quiet diplomacy.</p>");
  });

  it("previews the start of the very plain text the revision will store (one plain-text function)", async () => {
    const html = "<h1>Strait talks resume</h1><p>Negotiators met again.</p><p>Talks ran <b>late</b> <br> into the night.</p><blockquote><p>“We agreed,” he said.</p></blockquote>";
    const preview = await prepareImport({ kind: "html", html });
    const stored = docToPlainText(parseDoc(htmlToDoc(preview.html)));
    // The space before the line break stays in the stored text, so it stays in the preview.
    expect(stored).toBe("Negotiators met again.\n\nTalks ran late \ninto the night.\n\n“We agreed,” he said.");
    expect(preview.plainTextPreview).toBe(stored);
  });

  it("keeps all of a selection copied from a browser (clipboard HTML with <meta charset>)", async () => {
    const html = "<meta charset='utf-8'><html><body><!--StartFragment--><h2>Strait talks resume</h2><p>Negotiators met again.</p><p>They talked for six hours on Monday, officials said.</p><!--EndFragment--></body></html>";
    const preview = await prepareImport({ kind: "html", html });
    expect(preview.title).toBe("Strait talks resume");
    expect(preview.html).toBe("<p>Negotiators met again.</p><p>They talked for six hours on Monday, officials said.</p>");
  });

  it("cleans sample-style text pasted as HTML paragraphs just like plain text", async () => {
    const html = fixture("herald-updated-published.txt").split("\n").filter((l) => l.trim()).map((l) => `<p>${l}</p>`).join("");
    const preview = await prepareImport({ kind: "html", html });
    expect(preview).toMatchObject({
      title: "Marendia tells Korvath it ‘understands’ its ‘legitimate shipping concerns’",
      // Named only in the comment notice, which is removed: the name is read before it goes.
      outlet: "The Coastal Herald",
      publishedAt: new Date("2023-03-03T12:42:00Z"),
      sourceUpdatedAt: new Date("2023-03-03T16:11:00Z"),
    });
    expect(preview.html).not.toMatch(/Sign in|Photo Credit|free stories|Comments have to|Published -/);
  });

  it("imports Markdown", async () => {
    const preview = await prepareImport({ kind: "markdown", markdown: "# Strait talks resume\n\nNegotiators met again on **Monday** in Lissa, officials said." });
    expect(preview.title).toBe("Strait talks resume");
    expect(preview.html).toBe("<p>Negotiators met again on <strong>Monday</strong> in Lissa, officials said.</p>");
  });

  it.each([
    ["strait.txt", fixture("daily-byline-updated.txt")],
    ["strait.html", `<html><head><title>Marendia understands Korvath's shipping concerns</title></head><body>${fixture("daily-byline-updated.txt").split("\n\n").map((p) => `<p>${p}</p>`).join("")}</body></html>`],
    ["strait.md", `# Marendia understands Korvath's shipping concerns\n\n${fixture("daily-byline-updated.txt").split("\n\n").slice(1).join("\n\n")}`],
  ])("imports %s", async (fileName, content) => {
    const preview = await prepareImport({ kind: "file", fileName, bytes: utf8(content) });
    expect(preview.title).toMatch(/^Marendia understands Korvath's shipping concerns/);
    expect(preview.html).toContain("Ministry spokeswoman Irena Valk");
    expect(preview.html).not.toContain("If you have any problems");
  });

  it("imports a .docx, taking metadata from its first paragraphs", async () => {
    const bytes = buildDocx([
      ["Heading1", "Korvath reopens Velsk Strait"],
      ["", "By Jane Okafor"],
      ["", "Korvath reopened the strait to cargo traffic on Sunday after two days of talks, port officials said."],
    ]);
    const preview = await prepareImport({ kind: "file", fileName: "strait.docx", bytes });
    expect(preview).toMatchObject({ title: "Korvath reopens Velsk Strait", author: "Jane Okafor" });
    expect(preview.html).toBe("<p>Korvath reopened the strait to cargo traffic on Sunday after two days of talks, port officials said.</p>");
  });

  it("falls back to the file name when there is no headline", async () => {
    const text = "Korvath reopened the strait to cargo traffic on Sunday after two days of talks between the government and the pact, port officials in Lissa said on Sunday evening, easing a standoff that had stranded more than 60 vessels.";
    const preview = await prepareImport({ kind: "file", fileName: "strait-notes.txt", bytes: utf8(text) });
    expect(preview.title).toBe("strait-notes");
    expect(preview.warnings).toContain("No headline was found, so the title was made up from the source. Check it before saving.");
  });

  it("refuses binary files, naming them", async () => {
    await expect(prepareImport({ kind: "file", fileName: "scan.pdf", bytes: utf8("%PDF-1.7") })).rejects.toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: expect.stringContaining("“scan.pdf”"),
    });
  });
});

describe("prepareImport from a URL", () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer((req, res) => {
      if (req.url === "/old") return res.writeHead(301, { location: "/article" }).end();
      if (req.url === "/article") return res.writeHead(200, { "content-type": "text/html" }).end(fixture("full-page.html"));
      res.writeHead(200, { "content-type": "text/plain" }).end(fixture("wire-noise.txt"));
    });
  });
  afterAll(() => server.close());

  it("fetches, follows redirects and keeps the final address as the source", async () => {
    vi.stubEnv("IMPORT_ALLOW_PRIVATE_URLS", "true");
    const preview = await prepareImport({ kind: "url", url: `${server.url}/old` });
    expect(preview.url).toBe(`${server.url}/article`);
    expect(preview.title).toBe("Korvath reopens Velsk Strait to cargo ships after talks");
    expect(preview.warnings[0]).toContain("redirected to");
  });

  it("imports a plain-text page", async () => {
    vi.stubEnv("IMPORT_ALLOW_PRIVATE_URLS", "true");
    const preview = await prepareImport({ kind: "url", url: `${server.url}/wire.txt` });
    expect(preview).toMatchObject({ title: "Korvath reopens Velsk Strait to cargo ships after talks", author: "Jane Okafor" });
  });

  it("refuses a local address unless private URLs are allowed", async () => {
    await expect(prepareImport({ kind: "url", url: `${server.url}/article` })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("importInputSchema", () => {
  it.each([
    [{ kind: "url", url: "javascript:alert(1)" }, "url"],
    [{ kind: "url", url: "ftp://files.example/a" }, "url"],
    [{ kind: "text", text: "x", url: "not a url" }, "url"],
    [{ kind: "file", fileName: "", bytes: new Uint8Array([1]) }, "fileName"],
    [{ kind: "file", fileName: "a.txt", bytes: "not bytes" }, "bytes"],
    [{ kind: "pdf", data: "x" }, "kind"],
  ])("rejects %j", async (input, field) => {
    expect(importInputSchema.safeParse(input).success).toBe(false);
    await expect(prepareImport(input as never)).rejects.toMatchObject({
      code: "VALIDATION",
      details: { fieldErrors: expect.objectContaining({ [field]: expect.any(Array) }) },
    });
  });

  it("accepts each kind of source", () => {
    for (const input of [
      { kind: "text", text: "x" },
      { kind: "html", html: "<p>x</p>", url: "https://herald.example/a" },
      { kind: "markdown", markdown: "# x" },
      { kind: "file", fileName: "a.docx", mimeType: "application/octet-stream", bytes: Buffer.from("x") },
      { kind: "url", url: "http://herald.example/a" },
    ]) {
      expect(importInputSchema.safeParse(input).success, input.kind).toBe(true);
    }
  });
});
