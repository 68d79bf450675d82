import { CircleAlert, CircleCheckBig, CircleDot, CircleSlash, MessageSquareWarning, type LucideIcon } from "lucide-react";
import type { ReviewState } from "@/lib/domain/reviews/review-state";
import { cn } from "@/lib/utils";

/** Each review state has an icon, a colour and words, so it is never told by colour alone. */
export const REVIEW_STYLE: Record<ReviewState, { icon: LucideIcon; className: string; mark: string; colour: string }> = {
  NOT_REVIEWED: { icon: CircleDot, className: "border-stone-300 text-stone-600 bg-white", mark: "○", colour: "#78716c" },
  APPROVED: { icon: CircleCheckBig, className: "border-green-300 text-green-800 bg-green-50", mark: "✓", colour: "#15803d" },
  CHANGES_REQUESTED: { icon: MessageSquareWarning, className: "border-amber-300 text-amber-900 bg-amber-50", mark: "✎", colour: "#b45309" },
  REJECTED: { icon: CircleSlash, className: "border-red-300 text-red-800 bg-red-50", mark: "✗", colour: "#b91c1c" },
  LAPSED: { icon: CircleAlert, className: "border-violet-300 text-violet-800 bg-violet-50", mark: "!", colour: "#6d28d9" },
};

/** A claim's review state as a small badge: "Approved", "Approved at v3, changed since". */
export function ReviewBadge({ state, label, className }: { state: ReviewState; label: string; className?: string }) {
  const style = REVIEW_STYLE[state];
  const Icon = style.icon;
  return (
    <span
      className={cn("inline-flex items-center gap-1 rounded-full border px-1.5 py-0.5 text-[11px] font-medium leading-none", style.className, className)}
      data-testid="review-badge"
      data-review-state={state}
    >
      <Icon className="h-3 w-3" aria-hidden />
      {label}
    </span>
  );
}
