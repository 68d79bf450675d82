"use client";

import { DateTime } from "@/components/ui/date-time";
import { useNow } from "@/components/ui/use-now";
import { formatTimeLeft } from "@/lib/domain/dates/relative-time";
import { cn } from "@/lib/utils";

const TONE = { overdue: "text-red-700", soon: "text-amber-800", later: "text-stone-600" } as const;

/** A deadline with the time left before it ("2 days 3 h left", "5 h overdue"), kept current. */
export function Deadline({ value, serverNow, done = false, className }: { value: string | null; serverNow: number; done?: boolean; className?: string }) {
  const now = useNow(serverNow);
  if (!value) return <span className={cn("text-stone-500", className)}>No deadline</span>;
  const left = formatTimeLeft(value, now);
  return (
    <span className={cn("inline-flex flex-wrap items-baseline gap-x-1.5", className)}>
      <DateTime value={value} />
      {!done && (
        <span className={cn("text-xs font-medium", TONE[left.urgency])} data-testid="time-left" suppressHydrationWarning>
          {left.text}
        </span>
      )}
    </span>
  );
}
