"use client";

import { formatDateTime, formatDateTimeParts, type DatePrecision } from "@/lib/domain/dates/format-date-time";
import { useTimeZone } from "./time-zone";

interface DateTimeProps {
  value: Date | string | null | undefined;
  /** "minute" (default): "29 Nov 2026, 21:01 CET"; "day": "29 Nov 2026"; "auto": a day for day-only dates. */
  precision?: DatePrecision;
  /** The zone the source printed the time in (an article's sourceTimeZone), shown beside the reader's. */
  sourceTimeZone?: string | null;
  /** Shown when there is no date. */
  fallback?: React.ReactNode;
  className?: string;
}

/**
 * The one way to show a date or time: a <time> element in the reader's zone,
 * with the zone named, and the source's own clock beside it where the source
 * named its zone. Usable from server and client components alike; the
 * reader's zone is known for sure only in the browser (see useTimeZone).
 */
export function DateTime({ value, precision = "minute", sourceTimeZone, fallback = "—", className }: DateTimeProps) {
  const timeZone = useTimeZone();
  if (value === null || value === undefined || value === "") return <>{fallback}</>;
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return <>{fallback}</>;
  const options = { timeZone, precision, sourceTimeZone };
  const { main, atSource } = formatDateTimeParts(date, options);
  // A day shown alone keeps the exact time in its tooltip.
  const full = formatDateTime(date, { ...options, precision: "minute" });
  return (
    // suppressHydrationWarning (one level deep, hence on each span): the server's ICU may spell a
    // zone name differently from the browser's; both are right, and no mismatch error follows.
    <time dateTime={date.toISOString()} title={atSource || full === main ? undefined : full} className={className} suppressHydrationWarning>
      <span className="whitespace-nowrap" suppressHydrationWarning>{main}</span>
      {atSource && <span className="whitespace-nowrap text-stone-500" suppressHydrationWarning> ({atSource})</span>}
    </time>
  );
}
