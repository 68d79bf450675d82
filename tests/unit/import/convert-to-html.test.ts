import { describe, expect, it } from "vitest";
import { docxToHtml } from "@/lib/import/docx-to-html";
import { markdownToHtml } from "@/lib/import/markdown-to-html";
import { textToHtml } from "@/lib/import/text-to-html";
import { isHardWrapped } from "@/lib/import/text-units";
import { buildDocx } from "@/lib/factories/build-docx";

describe("textToHtml", () => {
  it("makes one paragraph per line when the source puts each paragraph on its own line", () => {
    const text = "Korvath reopened the strait on Sunday, officials said, easing a standoff that had stranded more than 60 vessels and worried traders.\n\nTraders said freight rates fell 4%.\nInsurers expect premiums to stay high.";
    expect(textToHtml(text)).toBe([
      "<p>Korvath reopened the strait on Sunday, officials said, easing a standoff that had stranded more than 60 vessels and worried traders.</p>",
      "<p>Traders said freight rates fell 4%.</p>",
      "<p>Insurers expect premiums to stay high.</p>",
    ].join("\n"));
  });

  it("joins hard-wrapped lines of a paragraph with spaces", () => {
    const text = [
      "Korvath reopened the Velsk Strait to cargo traffic on Sunday after two",
      "days of talks, port officials said, easing a standoff that had stranded",
      "more than 60 vessels.",
      "",
      "The first convoy of eight container ships left the port of Lissa at",
      "dawn under naval escort, officials said.",
    ].join("\n");
    expect(isHardWrapped(text)).toBe(true);
    expect(textToHtml(text)).toBe([
      "<p>Korvath reopened the Velsk Strait to cargo traffic on Sunday after two days of talks, port officials said, easing a standoff that had stranded more than 60 vessels.</p>",
      "<p>The first convoy of eight container ships left the port of Lissa at dawn under naval escort, officials said.</p>",
    ].join("\n"));
  });

  it("joins a line that plainly continues the sentence above", () => {
    expect(textToHtml("The minister said the talks\nwould continue next week.")).toBe(
      "<p>The minister said the talks would continue next week.</p>",
    );
  });

  it("turns •, - and * lines into one list and numbered runs into an ordered list", () => {
    const text = "The deal includes:\n• daily convoys\n- a joint inspection team\n\n* talks on compensation\n\n1. First step\n2. Second step";
    expect(textToHtml(text)).toBe([
      "<p>The deal includes:</p>",
      "<ul><li>daily convoys</li><li>a joint inspection team</li><li>talks on compensation</li></ul>",
      "<ol><li>First step</li><li>Second step</li></ol>",
    ].join("\n"));
  });

  it("escapes markup in the text", () => {
    expect(textToHtml('He wrote <script>alert("x")</script> & left')).toBe(
      "<p>He wrote &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; left</p>",
    );
  });

  it("keeps a lone numbered line as a paragraph", () => {
    expect(textToHtml("2022. It was a year of crisis.")).toBe("<p>2022. It was a year of crisis.</p>");
  });
});

describe("markdownToHtml", () => {
  it("renders Markdown to schema HTML and sanitises raw HTML inside it", () => {
    const md = [
      "---", "title: front matter", "---",
      "# Korvath reopens strait", "", "Ships **sail** again, *officials* say. [Source](https://herald.example/a)",
      "", "> A first step", "", "- one", "- two", "", "##### Small heading", "",
      "![photo](https://cdn.example/p.jpg)", "", '<script>alert(1)</script><a href="javascript:alert(2)">bad</a>',
      "", "```", "code block", "```",
    ].join("\n");
    const html = markdownToHtml(md);
    expect(html).toContain("<h1>Korvath reopens strait</h1>");
    expect(html).toContain('<strong>sail</strong> again, <em>officials</em> say. <a href="https://herald.example/a" rel="noopener noreferrer nofollow">Source</a>');
    expect(html).toMatch(/<blockquote>\s*<p>A first step<\/p>\s*<\/blockquote>/);
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toContain("<h4>Small heading</h4>");
    expect(html).toContain("<p>code block</p>");
    expect(html).not.toMatch(/<img|<script|javascript:|alert\(1\)|front matter|<pre|<code/);
  });
});

describe("docxToHtml", () => {
  it("converts a Word document and sanitises the result", async () => {
    const docx = buildDocx([
      ["Heading1", "Korvath reopens Velsk Strait"],
      ["", "By Jane Okafor"],
      ["", "Korvath reopened the strait on Sunday after two days of talks, officials said."],
    ]);
    expect(await docxToHtml(docx, "strait.docx")).toBe(
      "<h1>Korvath reopens Velsk Strait</h1><p>By Jane Okafor</p><p>Korvath reopened the strait on Sunday after two days of talks, officials said.</p>",
    );
  });

  it("refuses a broken document with UNSUPPORTED_MEDIA_TYPE naming the file", async () => {
    await expect(docxToHtml(new TextEncoder().encode("PK not really"), "broken.docx")).rejects.toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: expect.stringContaining("“broken.docx”"),
    });
  });
});
