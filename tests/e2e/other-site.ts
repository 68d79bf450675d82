import http from "node:http";
import type { AddressInfo } from "node:net";

/** A page on another port of the same host, as an attacker's site on the same machine would be. */
export interface OtherSite {
  url: string;
  /** Requests that reached it (path and referer), e.g. images an imported article tried to load. */
  hits: string[];
  close: () => Promise<void>;
}

/** Serves `html` at / (and records every other request) on a free port of 127.0.0.1. */
export async function startOtherSite(html = "<!doctype html><title>elsewhere</title>"): Promise<OtherSite> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    if (req.url === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html);
      return;
    }
    hits.push(req.url ?? "");
    res.writeHead(204);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
