import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { isShuttingDown, shutDown } from "@/lib/server/core/shutdown";

interface RequestMessage {
  request: IncomingMessage;
  response: ServerResponse;
  socket: Socket;
  server: Server;
}

const state = globalThis as unknown as { crosscheckDrain?: boolean };

/**
 * Lets the server stop within moments of SIGTERM/SIGINT. Next answers a
 * signal with `server.close()` and exits once every connection has closed;
 * but an open event stream never ends by itself, and a browser keeps reusing
 * its keep-alive connections (polls, heartbeats, the EventSource's
 * reconnect), which a closed server still serves and keeps open. So, on the
 * signal: the event streams end (shutDown()'s hooks), every response from
 * then on says `Connection: close` and its connection is closed once it is
 * sent, and idle connections are closed at once. Browsers reconnect to
 * another instance. Called once from instrumentation.ts.
 */
export function drainOnShutdown() {
  if (state.crosscheckDrain) return;
  state.crosscheckDrain = true;
  const servers = new Set<Server>();
  // Node publishes these synchronously for every http server of the process (Next's too).
  subscribe("http.server.request.start", (message) => {
    const { response, server } = message as RequestMessage;
    servers.add(server);
    if (isShuttingDown() && !response.headersSent) response.setHeader("connection", "close");
  });
  subscribe("http.server.response.finish", (message) => {
    // Also a response that began before the signal (an event stream): its connection closes now.
    if (isShuttingDown()) (message as RequestMessage).socket.end();
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      shutDown();
      for (const server of servers) server.closeIdleConnections();
    });
  }
}
