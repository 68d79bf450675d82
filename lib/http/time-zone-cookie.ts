import { isIanaTimeZone } from "@/lib/domain/dates/time-zones";

/**
 * The cookie in which the browser tells the server its time zone, so pages are
 * rendered in the reader's zone from the first byte (read by the (app) layout,
 * written by components/ui/time-zone.tsx).
 */
export const TIME_ZONE_COOKIE = "cc_tz";

/** The zone a cookie names, if it is a real IANA zone; UTC otherwise. */
export function timeZoneFromCookie(value: string | undefined): string {
  if (!value) return "UTC";
  let zone: string;
  try {
    zone = decodeURIComponent(value);
  } catch {
    return "UTC";
  }
  return isIanaTimeZone(zone) ? zone : "UTC";
}
