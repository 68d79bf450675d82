"use client";

import { useCallback } from "react";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import type { LiveEvent } from "@/lib/domain/realtime/live-event";
import { concernsMyWork, concernsSession, concernsSessionList } from "@/lib/domain/sessions/live-match";

// Server pages cannot pass functions to LiveRefresh: these wrap it with the
// sessions' own rules (lib/domain/sessions/live-match.ts) and plain props.

/** Refreshes a session's dashboard on its own events and on anything done to its articles. */
export function SessionLiveRefresh({ sessionId, articleIds }: { sessionId: string; articleIds: string[] }) {
  const key = articleIds.join(",");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the ids' contents, not the array's identity
  const when = useCallback((event: LiveEvent) => concernsSession(event, { sessionId, articleIds }), [sessionId, key]);
  return <LiveRefresh when={when} />;
}

/** Refreshes the sessions list on any session event. */
export function SessionListLiveRefresh() {
  return <LiveRefresh when={concernsSessionList} />;
}

/** Refreshes My work (and the header badge) when assignments move or one of the member's articles changes. */
export function MyWorkLiveRefresh({ articleIds = [] }: { articleIds?: string[] }) {
  const key = articleIds.join(",");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the ids' contents, not the array's identity
  const when = useCallback((event: LiveEvent) => concernsMyWork(event, articleIds), [key]);
  return <LiveRefresh when={when} />;
}
