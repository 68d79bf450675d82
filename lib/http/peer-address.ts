import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/**
 * The request header that carries the TCP peer's address into the app. Next's
 * route handlers (and NextAuth's authorize()) see only headers, never the
 * socket, and Next keeps a client's own X-Forwarded-For; so the server stamps
 * this header itself, overwriting whatever a client sent under that name.
 */
export const PEER_ADDRESS_HEADER = "x-crosscheck-peer-address";

const state = globalThis as unknown as { crosscheckPeerStamp?: boolean };

/**
 * Subscribes to Node's `http.server.request.start` diagnostics channel, which
 * every http(s) server of the process publishes synchronously before it
 * emits "request": the stamp is on the headers before Next reads them.
 * Called once from instrumentation.ts (Next runs it before serving).
 */
export function stampPeerAddresses() {
  if (state.crosscheckPeerStamp) return;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? "";
  });
  state.crosscheckPeerStamp = true;
}

/** Whether this process stamps peer addresses (false in tests that call handlers directly). */
export function peerAddressesStamped(): boolean {
  return state.crosscheckPeerStamp === true;
}
