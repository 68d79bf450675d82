import { VERDICTS, type Verdict } from "@/lib/domain/claims/verdicts";
import { WORK_STATUSES, WORK_STATUS_LABELS } from "@/lib/domain/sessions/work-status";
import type { SessionDashboard } from "@/lib/server/sessions/get-session";
import { ClaimSummary } from "./claim-summary";
import { StackedBar } from "./stacked-bar";
import { WORK_STATUS_COLORS } from "./status-badges";

/**
 * Where the whole session stands: articles by work status (a bar and a
 * legend with counts; handed over of all) and its claims per verdict.
 */
export function SessionSummary({ session, articles }: Pick<SessionDashboard, "session" | "articles">) {
  const claims = Object.fromEntries(VERDICTS.map((v) => [v, articles.reduce((sum, a) => sum + a.claimCounts[v], 0)])) as Record<Verdict, number>;
  const claimTotal = articles.reduce((sum, a) => sum + a.claimTotal, 0);
  return (
    <section aria-label="Progress" className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm md:grid-cols-2">
      <div className="space-y-2">
        <h2 className="text-sm font-semibold text-stone-700">
          Articles: <span data-testid="session-progress">{session.progress.done} of {session.articleCount} handed over</span>
          <span className="font-normal text-stone-500"> ({session.progress.percent}%)</span>
        </h2>
        <StackedBar
          className="h-3"
          label="Articles by status"
          segments={WORK_STATUSES.map((s) => ({ key: s, value: session.statusCounts[s], color: WORK_STATUS_COLORS[s], label: WORK_STATUS_LABELS[s] }))}
        />
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600" data-testid="status-counts">
          {WORK_STATUSES.map((s) => (
            <li key={s} className="inline-flex items-center gap-1.5" data-status={s}>
              <span className="h-2.5 w-2.5 rounded-full" style={{ backgroundColor: WORK_STATUS_COLORS[s] }} aria-hidden />
              {WORK_STATUS_LABELS[s]} <span className="font-medium tabular-nums text-stone-900">{session.statusCounts[s]}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="space-y-2">
        <h2 className="text-sm font-semibold text-stone-700">Claims in these articles</h2>
        <ClaimSummary counts={claims} total={claimTotal} label="Claims of the session" />
      </div>
    </section>
  );
}
