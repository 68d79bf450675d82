import { isIanaTimeZone } from "@/lib/domain/dates/time-zones";
import { TIME_ZONE_COOKIE, timeZoneFromCookie } from "@/lib/http/time-zone-cookie";

/** The reader's zone for a request: an explicit IANA zone, else the browser's time zone cookie, else UTC. */
export function requestTimeZone(request: Request, explicit?: string): string {
  if (explicit && isIanaTimeZone(explicit)) return explicit;
  const cookie = request.headers.get("cookie")?.split(";").map((c) => c.trim()).find((c) => c.startsWith(`${TIME_ZONE_COOKIE}=`));
  return timeZoneFromCookie(cookie?.slice(TIME_ZONE_COOKIE.length + 1));
}
