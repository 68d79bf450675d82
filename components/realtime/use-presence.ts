"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import type { PresenceEntry } from "@/lib/domain/realtime/live-event";
import { PRESENCE_HEARTBEAT_MS } from "@/lib/domain/realtime/stream-rules";
import { useRealtime } from "./realtime-provider";

const none: PresenceEntry[] = [];
const noop = () => () => {};

/** Everyone else present in the workspace now (from the shared stream's presence events). */
export function usePresence(): PresenceEntry[] {
  const realtime = useRealtime();
  const stream = realtime?.stream;
  const all = useSyncExternalStore(stream?.subscribePresence ?? noop, stream?.getPresence ?? (() => none), () => none);
  return realtime ? all.filter((entry) => entry.userId !== realtime.userId) : none;
}

function sendBeat(body: { articleId: string | null; claimId?: string | null; editing?: boolean }, workspaceId: string, keepalive = false) {
  return fetch(`/api/v1/presence?workspace=${encodeURIComponent(workspaceId)}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    keepalive,
  }).catch(() => {});
}

/**
 * Tells the workspace where this member is: now, whenever it changes, and
 * every 10 s while the page is open; "left" when it closes (a tab that dies
 * silently is dropped by everyone 30 s after its last heartbeat).
 */
export function usePresenceHeartbeat(beat: { articleId: string; claimId: string | null; editing: boolean }) {
  const realtime = useRealtime();
  const workspaceId = realtime?.workspaceId;
  const current = useRef(beat);
  useEffect(() => {
    current.current = beat;
  });
  const { articleId, claimId, editing } = beat;
  useEffect(() => {
    if (!workspaceId) return;
    void sendBeat({ articleId, claimId, editing }, workspaceId);
  }, [workspaceId, articleId, claimId, editing]);
  useEffect(() => {
    if (!workspaceId) return;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void sendBeat(current.current, workspaceId);
    }, PRESENCE_HEARTBEAT_MS);
    const leave = () => void sendBeat({ articleId: null }, workspaceId, true);
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [workspaceId, articleId]);
}
