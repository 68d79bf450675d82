/**
 * The floor for the annotator bench: the same revision rendered once on the
 * server as plain HTML (lib/editor/html-to-doc.ts docToHtml) with the 2,000
 * claims as span[data-claim-id], served by a tiny node http server.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { SeededClaim } from "./annotator-setup";

export interface StaticPage {
  html: string;
  /** Id on the last highlight span in document order: the page is "done" when it exists. */
  lastClaimId: string;
  spanCount: number;
}

/** The revision as HTML, claims applied as marks exactly like the editor applies them. */
export async function buildStaticPage(storedDoc: unknown, claims: readonly SeededClaim[], title: string): Promise<StaticPage> {
  const { parseDoc } = await import("../../lib/editor/schema");
  const { docToHtml } = await import("../../lib/editor/html-to-doc");
  const { markClaims } = await import("../../lib/editor/mark-claims");
  const marked = markClaims(parseDoc(storedDoc), claims.map((c) => ({ claimId: c.id, start: c.start, end: c.end })));
  const body = docToHtml(marked.toJSON());
  const ids = [...body.matchAll(/data-claim-id="([^"]+)"/g)].map((m) => m[1]);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title.replace(/</g, "&lt;")}</title>
<style>
body{margin:0;background:#fafaf9;color:#1c1917;font:17px/1.7 Georgia,serif}
main{max-width:72ch;margin:0 auto;padding:2rem 1.5rem 6rem}
[data-claim-id]{background-color:rgba(250,204,21,.22);text-decoration:underline #ca8a04;text-underline-offset:3px}
</style></head>
<body><main><h1>${title.replace(/</g, "&lt;")}</h1><article data-testid="article-text">${body}</article></main></body></html>`;
  return { html, lastClaimId: ids[ids.length - 1], spanCount: ids.length };
}

/** Serves one HTML page on 127.0.0.1 (any path); close() stops it. */
export async function serveStatic(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const bytes = Buffer.from(html, "utf8");
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": bytes.length, "Cache-Control": "no-store" });
    res.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/article.html`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
