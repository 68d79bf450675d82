import { isIanaTimeZone } from "@/lib/domain/dates/time-zones";

const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in minutes (DST included). */
function offsetMinutes(instant: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", hourCycle: "h23",
    });
    formats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(part.year, part.month - 1, part.day, part.hour % 24, part.minute, part.second);
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

const zoneOrUtc = (timeZone: string) => (isIanaTimeZone(timeZone) ? timeZone : "UTC");
const two = (n: number) => String(n).padStart(2, "0");

/** A date as the value of an `<input type="datetime-local">` showing the reader's zone ("2026-12-01T17:30"). */
export function toLocalInputValue(value: Date | string, timeZone: string): string {
  const instant = new Date(value).getTime();
  const wall = new Date(instant + offsetMinutes(instant, zoneOrUtc(timeZone)) * 60_000);
  return `${wall.getUTCFullYear()}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}T${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a `datetime-local` value means in the reader's zone, or null
 * for an empty or malformed value. A wall time skipped by a DST change lands
 * just after the gap, as clocks do.
 */
export function fromLocalInputValue(value: string, timeZone: string): Date | null {
  const match = LOCAL.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s);
  const zone = zoneOrUtc(timeZone);
  let instant = wall - offsetMinutes(wall, zone) * 60_000;
  // The offset at the guessed instant may differ from the one at the wall time (near a DST change): settle on it.
  instant = wall - offsetMinutes(instant, zone) * 60_000;
  return new Date(instant);
}
