"use client";

import { formatDateTime } from "@/lib/domain/dates/format-date-time";
import { formatTimeAgo } from "@/lib/domain/dates/relative-time";
import { useNow } from "./use-now";
import { useTimeZone } from "./time-zone";

/**
 * "12 s ago", kept current every second, in a <time> element whose tooltip
 * gives the exact time in the reader's zone. `serverNow` is the time the page
 * was rendered at (Date.now() in the server component), so hydration matches.
 */
export function TimeAgo({ value, serverNow, className }: { value: Date | string; serverNow: number; className?: string }) {
  const now = useNow(serverNow);
  const timeZone = useTimeZone();
  const date = new Date(value);
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date, { timeZone })} className={className} suppressHydrationWarning>
      {formatTimeAgo(date, now)}
    </time>
  );
}
