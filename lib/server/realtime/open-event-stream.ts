import "server-only";
import { filterVisibleEvents } from "@/lib/server/agreement/filter-visible-events";
import { getDb } from "@/lib/db";
import { canSeeLayer } from "@/lib/domain/agreement/layer-visibility";
import type { LiveEvent } from "@/lib/domain/realtime/live-event";
import { presenceForViewer } from "@/lib/domain/realtime/presence-for-viewer";
import { sseComment, sseFrame } from "@/lib/domain/realtime/sse-frame";
import { endsStreamOf, REPLAY_CAP } from "@/lib/domain/realtime/stream-rules";
import type { Actor } from "@/lib/domain/roles";
import { isShuttingDown, onShutdown } from "@/lib/server/core/shutdown";
import { eventHub, type HubEvent, type HubMessage } from "@/lib/server/realtime/event-hub";
import { listPresence } from "@/lib/server/realtime/presence";
import { latestSeq, readLiveEvents } from "@/lib/server/realtime/read-live-events";

export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  // no-transform also keeps Next's compression (and proxies) from buffering the stream.
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
};

/** Up to this many new events are taken from the hub's cache; a stream further behind reads them from the table. */
const LIVE_GAP = 20;

export interface EventStreamOptions {
  /** Last-Event-ID: the seq the client saw last; events after it are replayed. */
  lastEventId: number | null;
  /** Aborted when the client goes away. */
  signal?: AbortSignal;
  keepAliveMs?: number;
  /** How often membership is checked again (besides member events, which end the stream at once). */
  recheckMs?: number;
}

/**
 * The live event stream of the actor's workspace, as server-sent events. It
 * subscribes to this instance's LISTEN hub first, then replays from the audit
 * table what the client missed (after Last-Event-ID; a new client starts at
 * the newest event), then forwards each committed event in seq order, each
 * exactly once: a notification that skips ahead is filled in from the table,
 * and after a lost LISTEN connection the stream catches up from the table.
 * More than REPLAY_CAP missed events send `resync` instead. Presence is sent
 * as `presence` events (a snapshot first), without the claim when it is in a
 * blind layer the member may not see (presenceForViewer). The stream ends when the client
 * goes, when the process stops, or at once when the member is removed or
 * their role changes.
 */
export function openEventStream(actor: Actor, options: EventStreamOptions): Response {
  const encoder = new TextEncoder();
  const { workspaceId, userId } = actor;
  let closed = false;
  let lastId = 0;
  let chain = Promise.resolve();
  const cleanups: (() => void)[] = [];

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const enqueue = (bytes: Uint8Array) => {
        if (closed) return;
        try {
          controller.enqueue(bytes);
        } catch {
          close();
        }
      };
      const write = (text: string) => enqueue(encoder.encode(text));
      const close = () => {
        if (closed) return;
        closed = true;
        for (const cleanup of cleanups.splice(0)) cleanup();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      const resync = (to: number) => {
        lastId = to;
        write(sseFrame({ event: "resync", id: to, data: { reason: "Too many events were missed; reload what you show." } }));
      };
      /** Sends an event (its frame when the hub encoded it already), or skips one the member may not see. */
      const send = (event: LiveEvent, visible: boolean, frame?: Uint8Array) => {
        if (closed || event.id <= lastId) return;
        lastId = event.id;
        if (!visible) return;
        if (endsStreamOf(event, userId)) return close();
        if (frame) enqueue(frame);
        else write(sseFrame({ event: event.type, id: event.id, data: event }));
      };
      /** Replayed events: those this member may see (blind double checks hide other checkers' claims), one query for the batch. */
      const deliver = async (events: LiveEvent[]) => {
        const visible = new Set(await filterVisibleEvents(actor, events));
        for (const event of events) send(event, visible.has(event));
      };
      /** Sends every event up to `upTo` not sent yet, in order. */
      const catchUp = async (upTo: number) => {
        if (closed || upTo <= lastId) return;
        if (upTo - lastId <= LIVE_GAP) {
          // Live: the hub read each event and its layer once for every stream of this instance; no query here.
          const seqs = Array.from({ length: upTo - lastId }, (_, i) => lastId + 1 + i);
          const live = await Promise.all(seqs.map((seq) => eventHub().event(workspaceId, seq)));
          if (live.every(Boolean)) {
            for (const { event, layer, frame } of live as HubEvent[]) send(event, canSeeLayer(actor, layer), frame);
            return;
          }
        }
        const events = await readLiveEvents(workspaceId, lastId, { upToSeq: upTo, limit: REPLAY_CAP });
        await deliver(events);
        if (events.length === REPLAY_CAP && lastId < upTo) resync(upTo);
      };
      const serially = (work: () => Promise<void>) => {
        chain = chain.then(work).catch(() => close());
      };
      const onHub = (message: HubMessage) => {
        if (closed) return;
        if (message.kind === "reconnected") serially(async () => catchUp(await latestSeq(workspaceId)));
        else if (message.workspaceId !== workspaceId) return;
        else if (message.kind === "event") serially(() => catchUp(message.seq));
        else write(sseFrame({ event: "presence", data: presenceForViewer(actor, message.entry, message.layer) }));
      };

      options.signal?.addEventListener("abort", close);
      cleanups.push(() => options.signal?.removeEventListener("abort", close));
      const keepAlive = setInterval(() => write(sseComment("keep-alive")), options.keepAliveMs ?? 15_000);
      cleanups.push(() => clearInterval(keepAlive));
      const recheck = setInterval(() => serially(async () => {
        const membership = await getDb().membership.findFirst({ where: { userId, workspaceId }, select: { role: true } });
        if (membership?.role !== actor.role) close();
      }), options.recheckMs ?? 30_000);
      cleanups.push(() => clearInterval(recheck));

      write("retry: 3000\n\n");
      // A stopping instance ends its streams (the browser reconnects, to another instance), so the server can close.
      if (isShuttingDown()) return close();
      cleanups.push(onShutdown(close));
      write(sseComment("connected"));
      serially(async () => {
        const unsubscribe = await eventHub().subscribe(onHub);
        if (closed) return unsubscribe();
        cleanups.push(unsubscribe);
        const newest = await latestSeq(workspaceId);
        if (options.lastEventId === null || options.lastEventId > newest) {
          lastId = newest;
          if (options.lastEventId !== null) resync(newest);
        } else {
          lastId = options.lastEventId;
          await catchUp(newest);
        }
        for (const entry of await listPresence(actor)) write(sseFrame({ event: "presence", data: entry }));
      });
    },
    cancel() {
      closed = true;
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
