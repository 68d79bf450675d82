import http from "node:http";
import type { AddressInfo } from "node:net";

export interface LocalServer {
  url: string;
  port: number;
  /** Requests received so far, by path. */
  hits: string[];
  close: () => Promise<void>;
}

/** Starts an HTTP server on 127.0.0.1 with a random port. */
export async function startLocalServer(handler: http.RequestListener): Promise<LocalServer> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
