import { buildZip } from "../../lib/factories/build-docx";
import { startOtherSite, type OtherSite } from "./other-site";
import { expect, signIn, test } from "./fixtures";

/** Markup that runs script, or fetches from another host, if anything lets it through. */
function hostileHtml(beacon: string, tag: string) {
  const mark = (how: string) => `window.__pwned=(window.__pwned||[]).concat('${tag}:${how}')`;
  return `
    <h1>Hostile ${tag}</h1>
    <p>The council said the harbour tunnel will open in June (${tag}).</p>
    <script>${mark("script")};fetch('${beacon}/script')</script>
    <p>An image <img src="x" onerror="${mark("onerror")}"> and a remote one <img src="${beacon}/img"> and <img srcset="${beacon}/srcset 2x"></p>
    <p><a href="javascript:${mark("href")}">a javascript link</a>, <a href="data:text/html,<script>alert(1)</script>">a data link</a>,
       <a href="${beacon}/link" onclick="${mark("onclick")}" onmouseover="${mark("hover")}">a remote link</a></p>
    <iframe src="${beacon}/iframe" srcdoc="<script>parent.${mark("srcdoc")}</script>"></iframe>
    <svg onload="${mark("svg")}"><script>${mark("svgscript")}</script><image href="${beacon}/svgimage"/><a xlink:href="javascript:${mark("svglink")}"><text>svg</text></a></svg>
    <object data="${beacon}/object"></object><embed src="${beacon}/embed">
    <link rel="stylesheet" href="${beacon}/css"><style>p{background:url(${beacon}/style)}</style>
    <p style="background:url(${beacon}/inline-style)">Styled paragraph with enough words to be kept as text.</p>
    <meta http-equiv="refresh" content="0;url=${beacon}/meta"><base href="${beacon}/">
    <form action="${beacon}/form"><input name="q" autofocus onfocus="${mark("onfocus")}"><button formaction="javascript:${mark("formaction")}">go</button></form>
    <math><mtext><table><mglyph><style><img src=x onerror="${mark("mxss")}"></style></mglyph></table></mtext></math>
    <noscript><p title="</noscript><img src=x onerror=${mark("noscript")}>"></noscript>
    <video poster="${beacon}/poster" src="${beacon}/video"></video><audio src="${beacon}/audio"></audio>
    <details open ontoggle="${mark("ontoggle")}"><summary>More</summary>Hidden words.</details>
    <p>Text that says &lt;script&gt;alert(1)&lt;/script&gt; must stay text.</p>`;
}

function hostileDocx(beacon: string) {
  return buildZip({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/_rels/document.xml.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:window.__pwned='docx-link'" TargetMode="External"/>`
      + `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${beacon}/docx-image" TargetMode="External"/></Relationships>`,
    "word/document.xml":
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
      + '<w:p><w:r><w:t>The council said the harbour tunnel will open in June (docx).</w:t></w:r></w:p>'
      + '<w:p><w:hyperlink r:id="rId2"><w:r><w:t>A javascript hyperlink in Word</w:t></w:r></w:hyperlink></w:p>'
      + "<w:p><w:r><w:t>&lt;img src=x onerror=\"window.__pwned='docx-text'\"&gt; is only text here, as are other words.</w:t></w:r></w:p>"
      + "</w:body></w:document>",
  });
}

test.describe("hostile imports", () => {
  let site: OtherSite;
  test.beforeAll(async () => {
    site = await startOtherSite();
  });
  test.afterAll(async () => site.close());

  test("HTML, Markdown, .docx, SVG and URL imports full of scripts and remote fetches: nothing runs, nothing is fetched from another host", async ({ page, team, baseURL }) => {
    await signIn(page, team.editor);
    const beacon = `${site.url}/beacon`;
    const created: string[] = [];
    const importJson = async (body: Record<string, string>) => {
      const response = await page.request.post("/api/v1/articles", { data: body });
      expect(response.status(), await response.text()).toBe(201);
      created.push((await response.json()).id);
    };
    const upload = async (name: string, mimeType: string, buffer: Buffer, expectStatus = 201) => {
      const response = await page.request.post("/api/v1/articles", { multipart: { file: { name, mimeType, buffer } } });
      expect(response.status(), await response.text()).toBe(expectStatus);
      if (expectStatus === 201) created.push((await response.json()).id);
      return response;
    };

    await importJson({ title: "Hostile HTML", html: hostileHtml(beacon, "html") });
    await importJson({
      title: "Hostile Markdown",
      markdown: `# Hostile markdown\n\nThe council said the harbour tunnel will open in June, two months later than planned, after engineers found cracks in the lining (md).\n\nThe transport committee approved the extra spending on Tuesday evening, with nine votes in favour and two against.\n\n[click me](javascript:window.__pwned='md-link') and ![img](${beacon}/md-image) and <img src=x onerror="window.__pwned='md-raw'">\n\n<script>window.__pwned='md-script'</script>\n\n[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb](vbscript:msgbox)\n`,
    });
    await importJson({ title: "Hostile text", text: `The council said <script>window.__pwned='text'</script> the tunnel will open in June.\n\n<img src="${beacon}/text-img" onerror="window.__pwned='text-img'">` });
    await upload("hostile.html", "text/html", Buffer.from(`<html><head><title>Hostile upload</title><script src="${beacon}/head-script"></script></head><body><article>${hostileHtml(beacon, "upload")}</article></body></html>`));
    await upload("hostile.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer.from(hostileDocx(beacon)));
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned='svg-file'"><script>window.__pwned='svg-file-script'</script><text>The council said the tunnel will open in June.</text></svg>`;
    const svgAnswer = await page.request.post("/api/v1/articles", { multipart: { file: { name: "hostile.svg", mimeType: "image/svg+xml", buffer: Buffer.from(svg) } } });
    // An SVG is no article: refused (4xx), or at most its words kept.
    expect(svgAnswer.status()).toBeLessThan(500);
    if (svgAnswer.status() === 201) created.push((await svgAnswer.json()).id);

    // A hostile page fetched by URL import (the e2e server may fetch loopback pages).
    const page2 = await startOtherSite(`<!doctype html><html><head><title>Hostile page</title></head><body><article>${hostileHtml(beacon, "url")}</article></body></html>`);
    try {
      await importJson({ sourceUrl: `${page2.url}/` });
    } finally {
      await page2.close();
    }
    expect(created.length).toBeGreaterThanOrEqual(6);

    // Open every article in the annotator, as a reader would, and poke at what is on it.
    const dialogs: string[] = [];
    const elsewhere: string[] = [];
    const own = new URL(baseURL!).host;
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (!["http:", "https:"].includes(url.protocol) || url.host !== own) elsewhere.push(request.url());
    });
    for (const id of created) {
      await page.goto(`/articles/${id}`);
      await expect(page.getByTestId("article-text")).toBeVisible();
      const text = page.getByTestId("article-text");
      for (const link of await text.locator("a").all()) {
        await link.hover().catch(() => {});
        await link.click({ modifiers: ["Alt"], trial: false, timeout: 2000 }).catch(() => {});
        if (new URL(page.url()).host !== own) await page.goBack();
      }
      await page.goto(`/articles/${id}`);
      await expect(page.getByTestId("article-text")).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string[] }).__pwned ?? null)).toBeNull();
      // Nothing from the payloads survived as live markup.
      expect(await text.locator("script, iframe, object, embed, svg, img[src*='beacon'], [onerror], [onload], [onclick], a[href^='javascript:' i], a[href^='data:' i]").count()).toBe(0);
    }
    for (const path of ["/articles", "/matrix", "/graph"]) {
      await page.goto(path);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string[] }).__pwned ?? null)).toBeNull();
    }
    expect(dialogs).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(site.hits).toEqual([]);
  });
});
