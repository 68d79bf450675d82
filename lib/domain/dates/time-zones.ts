/**
 * Zone abbreviations common in datelines, in minutes east of UTC. The import
 * reads datelines with them (chrono knows many, but not the Asian ones that
 * matter for outlets like ours), and the date formatter shows a source's own
 * zone with them.
 */
export const TIMEZONE_ABBREVIATIONS: Record<string, number> = {
  IST: 330, PKT: 300, NPT: 345, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180,
  GST: 240, HKT: 480, SGT: 480, PHT: 480, BJT: 480, AWST: 480, WIB: 420, ICT: 420,
  JST: 540, KST: 540, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  UTC: 0, GMT: 0,
};

/**
 * Names for zones without daylight saving that CLDR leaves as "GMT+5:30" in
 * English; used only while the zone's offset is the one named here.
 */
const FIXED_ZONE_NAMES: Record<string, string> = {
  "Asia/Kolkata": "IST", "Asia/Calcutta": "IST", "Asia/Karachi": "PKT", "Asia/Kathmandu": "NPT",
  "Asia/Dubai": "GST", "Asia/Hong_Kong": "HKT", "Asia/Singapore": "SGT", "Asia/Manila": "PHT",
  "Australia/Perth": "AWST", "Asia/Jakarta": "WIB", "Asia/Bangkok": "ICT", "Asia/Ho_Chi_Minh": "ICT",
  "Asia/Tokyo": "JST", "Asia/Seoul": "KST", "Europe/Moscow": "MSK",
};

/** A zone resolved for formatting: an IANA zone, or a fixed offset a source named. */
export type ResolvedZone = { kind: "iana"; id: string } | { kind: "offset"; minutes: number; label: string };

const OFFSET = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/** Whether the runtime knows this IANA zone (the check a cookie or an import value must pass). */
export function isIanaTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a zone as stored on an article or held by a browser: a dateline
 * abbreviation ("IST"), an offset ("+05:30", "UTC-3") or an IANA id
 * ("Europe/Paris"). Anything else is undefined.
 */
export function resolveTimeZone(zone: string | null | undefined): ResolvedZone | undefined {
  const value = zone?.trim();
  if (!value) return undefined;
  const abbreviation = value.toUpperCase();
  if (abbreviation in TIMEZONE_ABBREVIATIONS) return { kind: "offset", minutes: TIMEZONE_ABBREVIATIONS[abbreviation], label: abbreviation };
  const offset = OFFSET.exec(value);
  if (offset) {
    const minutes = (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
    return Math.abs(minutes) <= 14 * 60 ? { kind: "offset", minutes, label: offsetLabel(minutes) } : undefined;
  }
  return isIanaTimeZone(value) ? { kind: "iana", id: value } : undefined;
}

/** "UTC", "UTC+8", "UTC+5:30", "UTC-3". */
export function offsetLabel(minutes: number): string {
  if (minutes === 0) return "UTC";
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${minutes < 0 ? "-" : "+"}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, "0")}` : ""}`;
}

const nameFormats = new Map<string, Intl.DateTimeFormat>();
/** English CLDR short names differ by locale: Paris is "CET" in en-GB, New York "EST" in en-US, Sydney "AEDT" in en-AU. */
const NAME_LOCALES = ["en-GB", "en-US", "en-AU", "en-NZ", "en-CA"];

/**
 * The short name of an IANA zone at an instant ("CET", "CEST", "EST", "IST"),
 * or its UTC offset when English has no common abbreviation for it ("UTC+8").
 */
export function ianaZoneName(zone: string, date: Date, offsetMinutes: number): string {
  const fixed = FIXED_ZONE_NAMES[zone];
  if (fixed && TIMEZONE_ABBREVIATIONS[fixed] === offsetMinutes) return fixed;
  for (const locale of NAME_LOCALES) {
    const key = `${locale}|${zone}`;
    let format = nameFormats.get(key);
    if (!format) nameFormats.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" })));
    const name = format.formatToParts(date).find((p) => p.type === "timeZoneName")?.value;
    if (name && !/^(GMT|UTC)[+-−]/.test(name)) return name;
  }
  return offsetLabel(offsetMinutes);
}
