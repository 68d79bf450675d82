"use client";

import type { LiveEvent } from "@/lib/domain/realtime/live-event";

/**
 * Re-renders the server page (router.refresh, debounced) when a live event
 * matches. CONTRACT ONLY until the realtime work (issue 8) implements it.
 */
export function LiveRefresh(_props: { when: (event: LiveEvent) => boolean }) {
  return null;
}
