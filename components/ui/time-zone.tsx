"use client";

import { createContext, useContext, useEffect, useSyncExternalStore } from "react";
import { TIME_ZONE_COOKIE } from "@/lib/http/time-zone-cookie";

const ServerTimeZone = createContext("UTC");

// A browser's zone only changes when the machine travels; a reload picks that up. Read once: building
// an Intl.DateTimeFormat costs more than the rest of a DateTime's render, and every render asked.
let knownZone: string | undefined;
const browserTimeZone = () => (knownZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
const subscribe = () => () => {};

/**
 * Gives every DateTime below it the zone the server rendered with (from the
 * cookie; UTC before the first visit), and stores the browser's zone in that
 * cookie so the next page is rendered in it from the start.
 */
export function TimeZoneProvider({ serverTimeZone, children }: { serverTimeZone: string; children: React.ReactNode }) {
  useEffect(() => {
    const zone = browserTimeZone();
    if (zone !== serverTimeZone) {
      const secure = location.protocol === "https:" ? "; secure" : "";
      document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax${secure}`;
    }
  }, [serverTimeZone]);
  return <ServerTimeZone.Provider value={serverTimeZone}>{children}</ServerTimeZone.Provider>;
}

/**
 * The reader's time zone. While hydrating it is the zone the server rendered
 * with, so the first client render matches the HTML; right after, React
 * re-renders with the browser's own zone if that differs (useSyncExternalStore's
 * server snapshot is made for exactly this).
 */
export function useTimeZone(): string {
  const serverTimeZone = useContext(ServerTimeZone);
  return useSyncExternalStore(subscribe, browserTimeZone, () => serverTimeZone);
}
