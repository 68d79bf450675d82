import { cn } from "@/lib/utils";

export interface BarSegment {
  key: string;
  value: number;
  color: string;
  label: string;
}

/**
 * A horizontal bar split into coloured segments (claims per verdict, articles
 * per status). Its accessible name lists the parts in words, so the colours
 * are never the only way to read it. An empty whole draws an empty track.
 */
export function StackedBar({ segments, label, className }: { segments: BarSegment[]; label: string; className?: string }) {
  const total = segments.reduce((sum, s) => sum + s.value, 0);
  const parts = segments.filter((s) => s.value > 0);
  const words = parts.length ? parts.map((s) => `${s.value} ${s.label.toLowerCase()}`).join(", ") : "nothing yet";
  return (
    <div role="img" aria-label={`${label}: ${words}`} className={cn("flex h-2 w-full overflow-hidden rounded-full bg-stone-100", className)}>
      {parts.map((s) => (
        <span key={s.key} className="h-full" style={{ width: `${(s.value / total) * 100}%`, backgroundColor: s.color }} title={`${s.value} ${s.label.toLowerCase()}`} />
      ))}
    </div>
  );
}

/** A single share as a bar with its numbers beside it: "3 of 5". */
export function ShareBar({ done, total, label, color = "#16a34a" }: { done: number; total: number; label: string; color?: string }) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total}`}
        className="h-2 flex-1 overflow-hidden rounded-full bg-stone-100"
      >
        <span className="block h-full rounded-full" style={{ width: `${percent}%`, backgroundColor: color }} />
      </div>
      <span className="shrink-0 text-xs tabular-nums text-stone-600">{done} of {total}</span>
    </div>
  );
}
