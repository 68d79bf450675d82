import * as chrono from "chrono-node";
import { calendarDay } from "@/lib/domain/dates/format-date-time";
import { TIMEZONE_ABBREVIATIONS } from "@/lib/domain/dates/time-zones";
import { wordCount } from "@/lib/import/boilerplate-patterns";

/** A date found in a dateline and whether it dates the publication or an update. */
export interface DateMention {
  date: Date;
  kind: "published" | "updated";
  /** The zone abbreviation the line printed the time in ("IST"), when it named one. */
  timeZone?: string;
}

/** The abbreviation a result's time was given in, if it is one of ours (a "Z" or "+05:30" is not a named zone). */
function namedZone(result: chrono.ParsedResult): string | undefined {
  if (!result.start.isCertain("timezoneOffset")) return undefined;
  const offset = result.start.get("timezoneOffset");
  return result.text.match(/\b[A-Z]{2,5}\b/g)?.find((word) => TIMEZONE_ABBREVIATIONS[word] === offset);
}

/** Day-precision dates are pinned to 12:00 UTC so they show as the same day in every time zone. */
function toDate(result: chrono.ParsedResult): Date | undefined {
  const c = result.start;
  // "2 hours ago" is relative to the moment of import, not to the article.
  if ([...result.tags()].some((tag) => tag.startsWith("result/relative"))) return undefined;
  if (!c.isCertain("year") || !c.isCertain("month") || !c.isCertain("day")) return undefined;
  const date = c.isCertain("hour")
    ? c.date()
    : calendarDay(c.get("year")!, c.get("month")!, c.get("day")!);
  // A "date" far in the future is a misparse (a phone number, a figure), not a dateline.
  return date.getTime() > Date.now() + 2 * 86_400_000 ? undefined : date;
}

function parse(text: string): chrono.ParsedResult[] {
  // Times without a zone are read as UTC so results do not depend on the server's zone.
  // Strict mode skips casual words ("today", "Friday") that are not datelines.
  return chrono.strict.parse(text, { instant: new Date(), timezone: 0 }, { timezones: TIMEZONE_ABBREVIATIONS });
}

const LABEL = /\b(last\s+)?(updated|modified|revised|edited|published|posted|released|issued|first\s+published|date|on|at)\b/gi;

/**
 * Reads a dateline such as "Published - February 24, 2022 07:57 pm IST - Hong Kong",
 * "Updated: Feb 25, 2022", "24 Feb 2022" or "Published: 2022-02-24 | Updated: 2022-02-25".
 * Returns undefined when the line is prose that merely contains a date (more
 * than a place name or a few words besides the date and its label) or when
 * the date lacks a year.
 */
export function parseDateLine(raw: string): DateMention[] | undefined {
  // "Mar 1, 2022 | 10:14 AM": rejoin the time to its date so they parse as one.
  const line = raw.replace(/(\b\d{4})\s*[|·•,]\s*(?=\d{1,2}[:.]\d{2}\b)/g, "$1 ");
  const results = parse(line);
  if (results.length === 0) return undefined;
  let residue = line;
  for (const r of results) residue = residue.replace(r.text, " ");
  residue = residue.replace(LABEL, " ");
  if (wordCount(residue) > 4) return undefined;
  const mentions: DateMention[] = [];
  let from = 0;
  for (const r of results) {
    const date = toDate(r);
    // The label that governs a date is the text since the previous date.
    const label = line.slice(from, r.index);
    from = r.index + r.text.length;
    if (!date) continue;
    const timeZone = namedZone(r);
    mentions.push({ date, kind: /updat|modif|revis|edit/i.test(label) ? "updated" : "published", ...(timeZone ? { timeZone } : {}) });
  }
  return mentions.length ? mentions : undefined;
}

/** Parses a machine date from page metadata (ISO 8601 or anything chrono reads). */
export function parseDateValue(value: string | undefined): Date | undefined {
  if (!value?.trim()) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}/.test(value.trim()) ? new Date(value.trim()) : undefined;
  if (iso && !Number.isNaN(iso.getTime())) {
    // "2022-02-24" alone is a calendar day, not midnight UTC.
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    return day ? calendarDay(Number(day[1]), Number(day[2]), Number(day[3])) : iso;
  }
  const [first] = parse(value);
  return first ? toDate(first) : undefined;
}
