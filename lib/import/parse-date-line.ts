import * as chrono from "chrono-node";
import { wordCount } from "@/lib/import/boilerplate-patterns";

/**
 * Zone abbreviations common in datelines. chrono knows many, but not all
 * (and the Asian ones matter for outlets like ours); minutes east of UTC.
 */
export const TIMEZONE_ABBREVIATIONS: Record<string, number> = {
  IST: 330, PKT: 300, NPT: 345, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180,
  GST: 240, HKT: 480, SGT: 480, PHT: 480, BJT: 480, AWST: 480, WIB: 420, ICT: 420,
  JST: 540, KST: 540, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  UTC: 0, GMT: 0,
};

/** A date found in a dateline and whether it dates the publication or an update. */
export interface DateMention {
  date: Date;
  kind: "published" | "updated";
}

/** Day-precision dates are pinned to 12:00 UTC so they show as the same day in every time zone. */
function toDate(result: chrono.ParsedResult): Date | undefined {
  const c = result.start;
  // "2 hours ago" is relative to the moment of import, not to the article.
  if ([...result.tags()].some((tag) => tag.startsWith("result/relative"))) return undefined;
  if (!c.isCertain("year") || !c.isCertain("month") || !c.isCertain("day")) return undefined;
  const date = c.isCertain("hour")
    ? c.date()
    : new Date(Date.UTC(c.get("year")!, c.get("month")! - 1, c.get("day")!, 12));
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
    if (date) mentions.push({ date, kind: /updat|modif|revis|edit/i.test(label) ? "updated" : "published" });
  }
  return mentions.length ? mentions : undefined;
}

/** Parses a machine date from page metadata (ISO 8601 or anything chrono reads). */
export function parseDateValue(value: string | undefined): Date | undefined {
  if (!value?.trim()) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}/.test(value.trim()) ? new Date(value.trim()) : undefined;
  if (iso && !Number.isNaN(iso.getTime())) {
    // "2022-02-24" alone is a calendar day, not midnight UTC.
    return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? new Date(`${value.trim()}T12:00:00Z`) : iso;
  }
  const [first] = parse(value);
  return first ? toDate(first) : undefined;
}
