import "server-only";
import pg from "pg";
import type { LiveEvent, PresenceEntry } from "@/lib/domain/realtime/live-event";
import type { ClaimLayer } from "@/lib/domain/agreement/layer-visibility";
import { sseFrame } from "@/lib/domain/realtime/sse-frame";
import { claimLayers } from "@/lib/server/agreement/claim-layer-select";
import { AUDIT_EVENTS_CHANNEL, type AuditNotification } from "@/lib/server/core/audit";
import { readLiveEvents } from "@/lib/server/realtime/read-live-events";

/** The channel presence heartbeats are announced on (not audited, not kept). */
export const PRESENCE_CHANNEL = "crosscheck_presence";

export type HubMessage =
  | { kind: "event"; workspaceId: string; seq: number }
  /** `layer`: the open claim's blind layer, for presenceForViewer (not sent to clients). */
  | { kind: "presence"; workspaceId: string; entry: PresenceEntry; layer: ClaimLayer | null }
  /** The LISTEN connection was lost and is back: notifications may have been missed meanwhile. */
  | { kind: "reconnected" };

type Subscriber = (message: HubMessage) => void;

/**
 * An announced event as every stream of this instance sends it: read once,
 * with its claim's blind layer (so each stream decides with canSeeLayer, no
 * query) and its server-sent-event frame encoded once.
 */
export interface HubEvent {
  event: LiveEvent;
  layer: ClaimLayer | null;
  frame: Uint8Array;
}

const encoder = new TextEncoder();

async function hubEvent(event: LiveEvent): Promise<HubEvent> {
  const layer = event.claimId ? (await claimLayers([event.claimId])).get(event.claimId) ?? null : null;
  return { event, layer, frame: encoder.encode(sseFrame({ event: event.type, id: event.id, data: event })) };
}

/**
 * One LISTEN connection per app instance (a dedicated pg client, not one of
 * the pool's), fanned out to every event stream of this process. It connects
 * on the first subscriber, reconnects with exponential backoff when the
 * connection drops, and then tells subscribers, who replay what they missed
 * from the database. It also caches each announced event for a few seconds,
 * so fifty streams of one workspace read it, look its layer up and encode it
 * once: the database work per event is the same for one stream or a thousand.
 */
class EventHub {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private subscribers = new Set<Subscriber>();
  private attempt = 0;
  private everConnected = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private cache = new Map<string, { at: number; value: Promise<HubEvent | undefined> }>();

  /** Subscribes; resolves once the LISTEN is in place, so nothing committed afterwards is missed. */
  async subscribe(subscriber: Subscriber): Promise<() => void> {
    this.subscribers.add(subscriber);
    await this.ensureConnected();
    return () => this.subscribers.delete(subscriber);
  }

  get subscriberCount() {
    return this.subscribers.size;
  }

  /** One announced event, read once per process however many streams want it (undefined: not committed, or not there). */
  event(workspaceId: string, seq: number): Promise<HubEvent | undefined> {
    const key = `${workspaceId}:${seq}`;
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && now - hit.at < 10_000) return hit.value;
    if (this.cache.size > 2_000) for (const [k, v] of this.cache) if (now - v.at >= 10_000) this.cache.delete(k);
    const value = readLiveEvents(workspaceId, seq - 1, { upToSeq: seq, limit: 1 }).then(([event]) => event && hubEvent(event));
    // Only a found event is kept: a miss is asked again.
    value.then((found) => found || this.forget(key, value), () => this.forget(key, value));
    this.cache.set(key, { at: now, value });
    return value;
  }

  private forget(key: string, value: Promise<HubEvent | undefined>) {
    if (this.cache.get(key)?.value === value) this.cache.delete(key);
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    return (this.connecting ??= this.connect().finally(() => (this.connecting = null)));
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL, keepAlive: true });
    client.on("notification", (message) => this.onNotification(message));
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${AUDIT_EVENTS_CHANNEL}`);
      await client.query(`LISTEN ${PRESENCE_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners();
      client.on("error", () => {});
      void client.end().catch(() => {});
      this.scheduleReconnect();
      throw error;
    }
    this.client = client;
    this.attempt = 0;
    if (this.everConnected) this.dispatch({ kind: "reconnected" });
    this.everConnected = true;
  }

  private lost(client: pg.Client) {
    if (this.client !== client) return;
    this.client = null;
    client.removeAllListeners();
    client.on("error", () => {});
    void client.end().catch(() => {});
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    if (this.retryTimer || this.subscribers.size === 0) return;
    const delay = Math.min(30_000, 250 * 2 ** this.attempt) * (0.75 + Math.random() / 2);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.ensureConnected().catch(() => {});
    }, delay);
    this.retryTimer.unref?.();
  }

  private onNotification(message: pg.Notification) {
    try {
      const payload = JSON.parse(message.payload ?? "null");
      if (message.channel === AUDIT_EVENTS_CHANNEL) {
        const { workspaceId, seq } = payload as AuditNotification;
        this.dispatch({ kind: "event", workspaceId, seq });
      } else if (message.channel === PRESENCE_CHANNEL) {
        this.dispatch({ kind: "presence", workspaceId: payload.workspaceId, entry: payload.entry, layer: payload.layer ?? null });
      }
    } catch {
      // A payload we cannot read is not ours to act on.
    }
  }

  private dispatch(message: HubMessage) {
    for (const subscriber of this.subscribers) {
      try {
        subscriber(message);
      } catch {
        // One broken stream must not stop the others.
      }
    }
  }

  /** Tests: drop the connection as a network failure would. */
  async simulateDisconnect() {
    const client = this.client;
    if (client) {
      this.lost(client);
    }
  }
}

const globalForHub = globalThis as unknown as { crosscheckEventHub?: EventHub };

/** This process's hub (one per app instance). */
export function eventHub(): EventHub {
  if (!globalForHub.crosscheckEventHub) {
    globalForHub.crosscheckEventHub = new EventHub();
  }
  return globalForHub.crosscheckEventHub;
}
