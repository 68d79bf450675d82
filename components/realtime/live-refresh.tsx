"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { LiveEvent } from "@/lib/domain/realtime/live-event";
import { useWorkspaceEvents } from "./use-workspace-events";

/**
 * Re-renders the server page (router.refresh) when a live event matches,
 * debounced so that a burst of changes costs one refresh. Client state
 * (scroll, inputs, open menus) survives a refresh.
 */
export function LiveRefresh({ when, delayMs = 400 }: { when: (event: LiveEvent) => boolean; delayMs?: number }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const schedule = () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, delayMs);
  };
  useWorkspaceEvents((event) => {
    if (when(event)) schedule();
  }, { onResync: schedule });
  return null;
}
