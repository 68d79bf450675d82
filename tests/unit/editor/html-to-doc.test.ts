import { describe, expect, it } from "vitest";

import { docToHtml, htmlToDoc } from "@/lib/editor/html-to-doc";
import { docToPlainText } from "@/lib/editor/plain-text";
import { parseDoc } from "@/lib/editor/schema";

const plain = (html: string) => docToPlainText(parseDoc(htmlToDoc(html)));
const types = (html: string) => (htmlToDoc(html).content ?? []).map((node) => node.type);

describe("htmlToDoc", () => {
  it("keeps paragraphs, headings 1-4, lists, quotes, links, emphasis and hard breaks", () => {
    const json = htmlToDoc(
      "<h1>Title</h1><h4>Small</h4><p>Hello <strong>bold</strong> <em>it</em> <b>b</b> <i>i</i>" +
        '<a href="https://example.com/a">link</a> <a href="mailto:desk@example.com">mail</a><br>next line</p>' +
        "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><blockquote><p>quoted</p></blockquote>",
    );
    expect(json.content?.map((n) => n.type)).toEqual([
      "heading",
      "heading",
      "paragraph",
      "bulletList",
      "orderedList",
      "blockquote",
    ]);
    expect(json.content?.[1].attrs?.level).toBe(4);
    const inline = json.content?.[2].content ?? [];
    const markTypes = inline.flatMap((n) => n.marks?.map((m) => m.type) ?? []);
    expect(markTypes).toEqual(expect.arrayContaining(["bold", "italic", "link"]));
    expect(inline.map((n) => n.marks?.find((m) => m.type === "link")?.attrs?.href).filter(Boolean)).toEqual([
      "https://example.com/a",
      "mailto:desk@example.com",
    ]);
    expect(inline.some((n) => n.type === "hardBreak")).toBe(true);
    expect(plain("<h1>Title</h1><ul><li>one</li><li>two</li></ul><blockquote>q</blockquote>")).toBe(
      "Title\n\none\n\ntwo\n\nq",
    );
  });

  it("drops scripts, styles and images, keeping surrounding text", () => {
    const text = plain(
      '<p>Before<script>alert("x")</script><style>p{}</style><img src="x.png" alt="photo"> after</p><iframe src="https://x"></iframe>',
    );
    expect(text).toBe("Before after");
  });

  it("turns unsupported blocks into paragraphs of their text", () => {
    expect(plain("<h5>Five</h5><h6>Six</h6><pre><code>let x = 1</code></pre><hr><div>div text</div>")).toBe(
      "Five\n\nSix\n\nlet x = 1\n\ndiv text",
    );
    expect(types("<table><tr><th>Country</th><th>Vote</th></tr><tr><td><p>China</p></td><td>Abstained</td></tr></table>")).toEqual(
      ["paragraph", "paragraph", "paragraph", "paragraph"],
    );
    expect(plain("<table><tr><td>China</td><td>Abstained</td></tr></table>")).toBe("China\n\nAbstained");
  });

  it("drops marks outside the schema but keeps their text", () => {
    const json = htmlToDoc("<p><s>struck</s> <u>under</u> <code>code</code> <mark>hi</mark></p>");
    expect(json.content?.[0].content?.every((n) => !n.marks)).toBe(true);
    expect(plain("<p><s>struck</s> <u>under</u> <code>code</code></p>")).toBe("struck under code");
  });

  it("keeps link text but drops unsafe or relative hrefs", () => {
    const json = htmlToDoc('<p><a href="javascript:alert(1)">js</a> <a href="/local">rel</a> <a href="ftp://x">ftp</a></p>');
    expect(JSON.stringify(json)).not.toContain('"link"');
    expect(docToPlainText(parseDoc(json))).toBe("js rel ftp");
  });

  it("removes blank spacer paragraphs and never returns an empty document", () => {
    expect(plain("<p>One</p><p></p><p>&nbsp;</p><p><br></p><p>Two</p>")).toBe("One\n\nTwo");
    expect(htmlToDoc("")).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    expect(htmlToDoc("<p>&nbsp;</p>").content).toHaveLength(1);
  });

  it("collapses source whitespace like a browser", () => {
    expect(plain("<p>  Hua\n   said   \t so </p>")).toBe("Hua said so");
  });
});

describe("docToHtml", () => {
  it("renders claims as span[data-claim-id] and round-trips through htmlToDoc", () => {
    const json = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Hua " },
            { type: "text", text: "said", marks: [{ type: "claim", attrs: { claimId: "c1" } }] },
          ],
        },
      ],
    };
    const html = docToHtml(json);
    expect(html).toBe('<p>Hua <span data-claim-id="c1">said</span></p>');
    expect(htmlToDoc(html)).toEqual(json);
  });

  it("throws AppError VALIDATION for invalid JSON", () => {
    expect(() => docToHtml({ type: "doc", content: [{ type: "image" }] })).toThrow(/not a valid document/);
  });
});
