import { BookText, CircleCheck, CircleDashed, CircleX, type LucideIcon } from "lucide-react";
import { VERDICT_LABELS, type Verdict } from "@/lib/domain/claims/verdicts";
import { cn } from "@/lib/utils";

/**
 * Each verdict has a colour, an underline pattern, an icon and a label, so it
 * is never told by colour alone.
 */
export const VERDICT_STYLE: Record<Verdict, { icon: LucideIcon; text: string; bg: string; line: string; underline: string }> = {
  PENDING: { icon: CircleDashed, text: "text-amber-800", bg: "#fef3c7", line: "#b45309", underline: "dotted" },
  VERIFIED: { icon: CircleCheck, text: "text-green-800", bg: "#dcfce7", line: "#15803d", underline: "solid" },
  DISPUTED: { icon: CircleX, text: "text-red-800", bg: "#fee2e2", line: "#b91c1c", underline: "wavy" },
  SOURCED_ONLY: { icon: BookText, text: "text-blue-800", bg: "#dbeafe", line: "#1d4ed8", underline: "dashed" },
};

/** A verdict as icon + label, coloured. */
export function VerdictBadge({ verdict, className }: { verdict: Verdict; className?: string }) {
  const style = VERDICT_STYLE[verdict];
  const Icon = style.icon;
  return (
    <span
      className={cn("inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium", style.text, className)}
      style={{ backgroundColor: style.bg }}
      data-verdict={verdict}
    >
      <Icon className="h-3.5 w-3.5" aria-hidden />
      {VERDICT_LABELS[verdict]}
    </span>
  );
}
