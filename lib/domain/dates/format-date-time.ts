import { ianaZoneName, resolveTimeZone, type ResolvedZone } from "@/lib/domain/dates/time-zones";

/**
 * How much of a date to show. "auto" shows a calendar day for dates that carry
 * only a day (see calendarDay) and minutes otherwise.
 */
export type DatePrecision = "minute" | "day" | "auto";

export interface FormatDateTimeOptions {
  /** The reader's zone (an IANA id such as "Europe/Paris"); unknown zones fall back to UTC. */
  timeZone: string;
  precision?: DatePrecision;
  /** The zone the source printed the time in ("IST", "+05:30"), shown beside the reader's. */
  sourceTimeZone?: string | null;
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  label: string;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const UTC: ResolvedZone = { kind: "offset", minutes: 0, label: "UTC" };
const partFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day without a time of day (a dateline that gave only a date) is stored at
 * 12:00 UTC, so it falls on the same calendar day in nearly every zone.
 */
export function calendarDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/** Whether a date is one made by calendarDay (exactly 12:00:00.000 UTC). */
export function isCalendarDay(date: Date): boolean {
  return date.getUTCHours() === 12 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0;
}

function partsIn(date: Date, zone: ResolvedZone): ZonedParts {
  if (zone.kind === "offset") {
    const shifted = new Date(date.getTime() + zone.minutes * 60_000);
    return {
      year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(), label: zone.label,
    };
  }
  let format = partFormats.get(zone.id);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone.id, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23",
    });
    partFormats.set(zone.id, format);
  }
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(format.formatToParts(date).find((p) => p.type === type)?.value);
  const p = { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") % 24, minute: get("minute") };
  // The zone's offset at this instant, to the minute (for its name where English has none).
  const offset = Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000);
  return { ...p, label: ianaZoneName(zone.id, date, offset) };
}

const two = (n: number) => String(n).padStart(2, "0");
const dayText = (p: ZonedParts) => `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
const timeText = (p: ZonedParts) => `${two(p.hour)}:${two(p.minute)} ${p.label}`;

/**
 * The one date format of the app, built from numbers rather than a locale's
 * pattern so that server and browser, whatever their ICU version, agree:
 * "29 Nov 2026, 21:01 CET", or "29 Nov 2026" for a day. With the source's
 * zone: "24 Feb 2022, 15:27 CET (19:57 IST at source)".
 */
export function formatDateTime(value: Date | string, options: FormatDateTimeOptions): string {
  const { main, atSource } = formatDateTimeParts(value, options);
  return atSource ? `${main} (${atSource})` : main;
}

/**
 * formatDateTime in two parts, for layouts that set the source's time apart:
 * `main` in the reader's zone, `atSource` ("19:57 IST at source") when the
 * source named a zone whose clock shows another time.
 */
export function formatDateTimeParts(value: Date | string, options: FormatDateTimeOptions): { main: string; atSource?: string } {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return { main: "—" };
  const reader = resolveTimeZone(options.timeZone) ?? UTC;
  const source = resolveTimeZone(options.sourceTimeZone);
  const precision = options.precision === "auto" ? (!source && isCalendarDay(date) ? "day" : "minute") : (options.precision ?? "minute");
  // A day is the day the source printed, where the source named its zone.
  if (precision === "day") return { main: dayText(partsIn(date, source ?? reader)) };
  const here = partsIn(date, reader);
  const main = `${dayText(here)}, ${timeText(here)}`;
  if (!source) return { main };
  const there = partsIn(date, source);
  const sameDay = dayText(there) === dayText(here);
  if (sameDay && timeText(there) === timeText(here)) return { main };
  return { main, atSource: `${sameDay ? "" : `${dayText(there)}, `}${timeText(there)} at source` };
}
