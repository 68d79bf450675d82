"use client";

import { useSyncExternalStore } from "react";

// One clock for every component that shows a relative time: a single interval
// while any is mounted, none otherwise.
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function tick() {
  now = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(tick, 1000);
    // The module's clock may be old (a client navigation): catch up at once.
    queueMicrotask(tick);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * The current time, ticking every second. While hydrating it is `serverNow`
 * (the time the server rendered at), so relative times match the HTML; right
 * after, React re-renders with the browser's clock.
 */
export function useNow(serverNow: number): number {
  return useSyncExternalStore(subscribe, () => now, () => serverNow);
}
