"use client";

import { useEffect, useRef } from "react";
import type { LiveEvent } from "@/lib/domain/realtime/live-event";
import { useRealtime } from "./realtime-provider";

/**
 * Calls `onEvent` for every live event of the current workspace while the
 * component is mounted (once per event, in order), and `onResync` when
 * events may have been missed. One stream serves every tab of the browser.
 */
export function useWorkspaceEvents(
  onEvent: (event: LiveEvent) => void,
  options: { enabled?: boolean; onResync?: () => void } = {},
): void {
  const realtime = useRealtime();
  const handlers = useRef({ onEvent, onResync: options.onResync });
  useEffect(() => {
    handlers.current = { onEvent, onResync: options.onResync };
  });
  const enabled = options.enabled ?? true;
  const stream = realtime?.stream;
  useEffect(() => {
    if (!stream || !enabled) return;
    return stream.subscribe((message) => {
      if (message.kind === "event") handlers.current.onEvent(message.event);
      else if (message.kind === "resync") handlers.current.onResync?.();
    });
  }, [stream, enabled]);
}
