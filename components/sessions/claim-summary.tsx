import { VERDICT_STYLE } from "@/components/annotator/verdict-style";
import { VERDICTS, VERDICT_LABELS, type Verdict } from "@/lib/domain/claims/verdicts";
import { StackedBar } from "./stacked-bar";

// Pending is drawn lighter than the rated verdicts: the bar reads as progress.
const BAR_COLOR: Record<Verdict, string> = { ...Object.fromEntries(VERDICTS.map((v) => [v, VERDICT_STYLE[v].line])), PENDING: "#fcd34d" } as Record<Verdict, string>;

/** Claims per verdict as icon chips, a bar of the same parts and "4 of 6 rated". */
export function ClaimSummary({ counts, total, label }: { counts: Record<Verdict, number>; total: number; label: string }) {
  if (total === 0) return <span className="text-xs text-stone-400">No claims yet</span>;
  const rated = total - counts.PENDING;
  return (
    <div className="min-w-40 space-y-1.5">
      <ul className="flex flex-wrap gap-1.5" aria-label={`${total} claims`}>
        {VERDICTS.filter((v) => counts[v] > 0).map((v) => {
          const Icon = VERDICT_STYLE[v].icon;
          return (
            <li key={v} title={VERDICT_LABELS[v]} className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs ${VERDICT_STYLE[v].text}`} style={{ backgroundColor: VERDICT_STYLE[v].bg }}>
              <Icon className="h-3 w-3" aria-hidden />
              <span className="tabular-nums">{counts[v]}</span>
              <span className="sr-only">{VERDICT_LABELS[v]}</span>
            </li>
          );
        })}
      </ul>
      <StackedBar
        label={label}
        segments={(["VERIFIED", "DISPUTED", "SOURCED_ONLY", "PENDING"] as const).map((v) => ({ key: v, value: counts[v], color: BAR_COLOR[v], label: VERDICT_LABELS[v] }))}
      />
      <p className="text-xs tabular-nums text-stone-500">{rated} of {total} rated</p>
    </div>
  );
}
