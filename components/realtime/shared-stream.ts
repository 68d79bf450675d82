import type { LiveEvent, PresenceEntry } from "@/lib/domain/realtime/live-event";
import { LIVE_EVENT_TYPES } from "@/lib/domain/realtime/live-event-types";
import { PRESENCE_TTL_MS } from "@/lib/domain/realtime/stream-rules";

export type StreamMessage =
  | { kind: "event"; event: LiveEvent }
  | { kind: "presence"; entry: PresenceEntry }
  /** Events were missed (too many, or a gap): reload what is shown. */
  | { kind: "resync" };

type Relay = StreamMessage | { kind: "hello" } | { kind: "presence-snapshot"; entries: PresenceEntry[] };

/**
 * One event stream per browser and workspace, however many tabs are open
 * (a browser allows 6 connections per host over HTTP/1.1; a seventh tab must
 * not stall). The tabs elect a leader with the Web Locks API: the tab holding
 * the lock opens the EventSource and relays every message over a
 * BroadcastChannel; when it closes, the next tab in line takes the lock and
 * reconnects from the last event id it saw, so nothing is lost. Each tab
 * drops duplicates by id. Without Web Locks each tab streams on its own.
 * Presence is kept here too (entries older than 30 s count as gone).
 */
export class SharedStream {
  private listeners = new Set<(message: StreamMessage) => void>();
  private channel: BroadcastChannel | null = null;
  private source: EventSource | null = null;
  private lastId = 0;
  private presence = new Map<string, { entry: PresenceEntry; at: number }>();
  private presenceSnapshot: PresenceEntry[] = [];
  private presenceListeners = new Set<() => void>();
  private stopped = false;
  private releaseLock: (() => void) | null = null;
  private retry = 0;

  constructor(private readonly workspaceId: string) {}

  private generation = 0;

  /** Starts (or restarts after stop) listening, and queues for leadership. */
  start() {
    const generation = ++this.generation;
    this.stopped = false;
    const name = `crosscheck-live:${this.workspaceId}`;
    if (typeof BroadcastChannel !== "undefined") {
      this.channel = new BroadcastChannel(name);
      this.channel.onmessage = (message: MessageEvent<Relay>) => this.onRelay(message.data);
      this.channel.postMessage({ kind: "hello" } satisfies Relay);
    }
    if (typeof navigator !== "undefined" && navigator.locks && this.channel) {
      void navigator.locks
        .request(name, () => new Promise<void>((release) => {
          if (this.stopped || generation !== this.generation) return release();
          this.releaseLock = release;
          this.lead();
        }))
        .catch(() => {});
    } else {
      this.lead();
    }
  }

  stop() {
    this.stopped = true;
    this.source?.close();
    this.source = null;
    this.releaseLock?.();
    this.releaseLock = null;
    this.channel?.close();
    this.channel = null;
  }

  /** Whether this tab holds the stream (tests and the bench read it). */
  get leading() {
    return this.source !== null;
  }

  subscribe(listener: (message: StreamMessage) => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  // ---- presence ----

  subscribePresence = (listener: () => void) => {
    this.presenceListeners.add(listener);
    return () => void this.presenceListeners.delete(listener);
  };
  getPresence = () => this.presenceSnapshot;

  /** Drops entries not heard of for 30 s (a closed tab sends nothing more). */
  expirePresence() {
    const now = Date.now();
    let changed = false;
    for (const [userId, { at }] of this.presence) {
      if (now - at > PRESENCE_TTL_MS) {
        this.presence.delete(userId);
        changed = true;
      }
    }
    if (changed) this.publishPresence();
  }

  private setPresence(entry: PresenceEntry) {
    if (entry.articleId === null) this.presence.delete(entry.userId);
    else this.presence.set(entry.userId, { entry, at: Date.now() }); // receipt time: immune to clock skew
    this.publishPresence();
  }

  private publishPresence() {
    this.presenceSnapshot = [...this.presence.values()].map((p) => p.entry);
    for (const listener of this.presenceListeners) listener();
  }

  // ---- the leader's EventSource ----

  private lead() {
    if (this.stopped || typeof EventSource === "undefined") return;
    const params = new URLSearchParams({ workspace: this.workspaceId });
    if (this.lastId > 0) params.set("lastEventId", String(this.lastId));
    const source = new EventSource(`/api/v1/events?${params}`);
    this.source = source;
    const onMessage = (message: MessageEvent<string>) => {
      this.retry = 0;
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      const relay: StreamMessage =
        message.type === "presence" ? { kind: "presence", entry: data as PresenceEntry }
        : message.type === "resync" ? { kind: "resync" }
        : { kind: "event", event: data as LiveEvent };
      if (message.type === "resync" && message.lastEventId) this.lastId = Number(message.lastEventId);
      this.channel?.postMessage(relay satisfies Relay);
      this.deliver(relay);
    };
    for (const type of LIVE_EVENT_TYPES) source.addEventListener(type, onMessage as EventListener);
    source.onopen = () => (this.retry = 0);
    source.onerror = () => {
      // EventSource retries by itself (sending Last-Event-ID) unless the server refused it outright.
      if (source.readyState !== EventSource.CLOSED || this.stopped) return;
      this.source = null;
      const delay = Math.min(60_000, 2_000 * 2 ** this.retry++);
      setTimeout(() => {
        // Everyone else may have missed things meanwhile.
        this.lead();
        const resync: StreamMessage = { kind: "resync" };
        this.channel?.postMessage(resync);
        this.deliver(resync);
      }, delay);
    };
  }

  private onRelay(message: Relay) {
    if (message.kind === "hello") {
      // A new tab: whoever streams tells it who is here.
      if (this.leading) this.channel?.postMessage({ kind: "presence-snapshot", entries: this.presenceSnapshot } satisfies Relay);
      return;
    }
    if (message.kind === "presence-snapshot") {
      for (const entry of message.entries) if (!this.presence.has(entry.userId)) this.setPresence(entry);
      return;
    }
    this.deliver(message);
  }

  private deliver(message: StreamMessage) {
    if (message.kind === "event") {
      if (message.event.id <= this.lastId) return;
      this.lastId = message.event.id;
    } else if (message.kind === "presence") {
      this.setPresence(message.entry);
    }
    for (const listener of this.listeners) {
      try {
        listener(message);
      } catch (error) {
        console.error(error);
      }
    }
  }
}
