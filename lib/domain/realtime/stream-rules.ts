import type { LiveEvent } from "@/lib/domain/realtime/live-event";

/** At most this many missed events are replayed to a reconnecting stream; beyond it the client is told to resync. */
export const REPLAY_CAP = 500;

/** How long a presence heartbeat counts: a member whose tab closed is gone within this. */
export const PRESENCE_TTL_MS = 30_000;

/** How often a browser repeats its presence heartbeat. */
export const PRESENCE_HEARTBEAT_MS = 10_000;

/**
 * True when this event changes whether (or as what) `userId` may read the
 * workspace: their removal or a change of their role. The stream then ends
 * at once; a browser that reconnects is authorized afresh.
 */
export function endsStreamOf(event: Pick<LiveEvent, "type" | "data">, userId: string): boolean {
  return (event.type === "member.removed" || event.type === "member.role_changed") && event.data.userId === userId;
}
