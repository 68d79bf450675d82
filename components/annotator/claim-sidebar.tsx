"use client";

import { TriangleAlert } from "lucide-react";
import { PresenceAvatars } from "@/components/realtime/presence-avatars";
import { memo, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { VERDICTS, VERDICT_LABELS, type Verdict } from "@/lib/domain/claims/verdicts";
import type { ClaimReviewBadge } from "@/lib/server/reviews/get-article-review";
import { ReviewBadge } from "@/components/reviews/review-badge";
import { REVIEW_STATE_LABELS, type ReviewState } from "@/lib/domain/reviews/review-state";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/utils";
import type { ClaimStore, ClaimStoreSnapshot } from "./claim-store";
import { useClaim, useClaimCounts, useClaimOrder } from "./claim-store-hooks";
import { VERDICT_STYLE, VerdictBadge } from "./verdict-style";

type Store = ClaimStore<ClaimStoreSnapshot>;

interface Props {
  /** Shown under the list (the deleted claims). */
  footer?: React.ReactNode;
  claims: Store;
  activeId: string | null;
  filter: Verdict | null;
  onFilter: (verdict: Verdict | null) => void;
  onSelect: (claimId: string) => void;
  /** Review badges by claim id (absent until loaded). */
  reviews?: Record<string, ClaimReviewBadge>;
}

/**
 * All claims in reading order, counts per verdict, a filter, and orphans
 * listed apart. It reads the claims store in slices: the list re-renders when
 * claims come, go or move (or, filtered, when one enters or leaves the
 * filter), each row when its claim changes, the counts when a number does.
 */
export function ClaimSidebar({ claims: store, activeId, filter, onFilter, onSelect, footer, reviews }: Props) {
  const [reviewFilter, setReviewFilter] = useState<ReviewState | "">("");
  const counts = useClaimCounts(store);
  const order = useClaimOrder(store);
  const visible = useVisibleIds(store, order.placed, filter, reviewFilter, reviews);
  const { shown, sentinel } = useGrowingWindow(visible.length);
  const recheck = counts.recheck;
  const orphans = order.orphans;
  const reviewCounts = useMemo(() => {
    const byState = new Map<ReviewState, number>();
    for (const id of [...order.placed, ...order.orphans]) {
      const state = reviews?.[id]?.state;
      if (state) byState.set(state, (byState.get(state) ?? 0) + 1);
    }
    return byState;
  }, [order, reviews]);

  return (
    <div className="flex h-full flex-col">
      <div className="border-b border-stone-200 p-3">
        <div className="mb-2 flex items-baseline justify-between">
          <h2 className="text-sm font-semibold">Claims</h2>
          <span className="text-xs text-stone-600" data-testid="claim-total">{counts.total} total</span>
        </div>
        {recheck > 0 && (
          <p className="mb-2 flex items-center gap-1 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900" data-testid="recheck-count">
            <TriangleAlert className="h-3.5 w-3.5" aria-hidden /> {recheck} claim{recheck === 1 ? "" : "s"} to check again: the text changed since {recheck === 1 ? "it was" : "they were"} rated
          </p>
        )}
        <div role="group" aria-label="Filter by verdict" className="flex flex-wrap gap-1">
          <FilterChip active={filter === null} onClick={() => onFilter(null)} label="All" count={counts.total} />
          {VERDICTS.map((v) => (
            <FilterChip key={v} verdict={v} active={filter === v} onClick={() => onFilter(filter === v ? null : v)} label={VERDICT_LABELS[v]} count={counts[v]} />
          ))}
        </div>
        {reviews && (
          <Select size="sm" className="mt-2" aria-label="Filter by review state" value={reviewFilter} onChange={(e) => setReviewFilter(e.target.value as ReviewState | "")} data-testid="review-filter">
            <option value="">Any review state</option>
            {(Object.keys(REVIEW_STATE_LABELS) as ReviewState[]).map((s) => (
              <option key={s} value={s}>{REVIEW_STATE_LABELS[s]} ({reviewCounts.get(s) ?? 0})</option>
            ))}
          </Select>
        )}
      </div>
      <ol className="flex-1 space-y-1 overflow-y-auto p-2" aria-label="Claims in reading order">
        {visible.length === 0 && <li className="p-4 text-center text-sm text-stone-500">{counts.total === 0 ? "Select text in the article to tag a claim." : "No claims match this filter."}</li>}
        {visible.slice(0, shown).map((id) => (
          <ClaimItem key={id} store={store} id={id} active={id === activeId} onSelect={onSelect} review={reviews?.[id]} />
        ))}
        {shown < visible.length && (
          <li ref={sentinel} className="p-2 text-center text-xs text-stone-400">{visible.length - shown} more…</li>
        )}
        {orphans.length > 0 && (
          <li className="pt-3">
            <h3 className="flex items-center gap-1 px-2 pb-1 text-xs font-semibold text-amber-800">
              <TriangleAlert className="h-3.5 w-3.5" aria-hidden /> Could not be placed in the corrected text ({orphans.length})
            </h3>
            <ol className="space-y-1" data-testid="orphans">
              {orphans.map((id) => (
                <ClaimItem key={id} store={store} id={id} active={id === activeId} onSelect={onSelect} review={reviews?.[id]} />
              ))}
            </ol>
          </li>
        )}
      </ol>
      {footer}
    </div>
  );
}

const FIRST_PAGE = 80;

/**
 * Renders a long list in growing pages: the first page at once, the next when
 * the reader scrolls near the end, so 2,000 claims do not slow the opening.
 */
function useGrowingWindow(total: number) {
  const [shown, setShown] = useState(FIRST_PAGE);
  const sentinel = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const node = sentinel.current;
    if (!node) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown((n) => n + 300);
    }, { rootMargin: "400px" });
    observer.observe(node);
    return () => observer.disconnect();
  }, [shown, total]);
  return { shown: Math.min(shown, total), sentinel };
}

/**
 * The ids of `placed` that pass the verdict and review filters: the same
 * array while that set stays the same, so a re-rating that moves no claim in
 * or out of the filter does not re-render the list.
 */
function useVisibleIds(store: Store, placed: readonly string[], filter: Verdict | null, reviewFilter: ReviewState | "", reviews?: Record<string, ClaimReviewBadge>): readonly string[] {
  const select = useMemo(() => visibleIdsSelector(store, placed, filter, reviewFilter, reviews), [store, placed, filter, reviewFilter, reviews]);
  return useSyncExternalStore(store.subscribe, select, select);
}

/** Reads the visible ids from the store, returning the previous array while they stay the same. */
function visibleIdsSelector(store: Store, placed: readonly string[], filter: Verdict | null, reviewFilter: ReviewState | "", reviews?: Record<string, ClaimReviewBadge>) {
  if (!filter && !reviewFilter) return () => placed;
  let last: readonly string[] | null = null;
  return () => {
    const next = placed.filter((id) => (!filter || store.getClaim(id)?.verdict === filter) && (!reviewFilter || reviews?.[id]?.state === reviewFilter));
    if (!last || next.length !== last.length || next.some((id, i) => id !== last![i])) last = next;
    return last;
  };
}

/** One row; re-renders when its claim, its review badge or whether it is open changes. */
const ClaimItem = memo(function ClaimItem({ store, id, active, onSelect, review }: { store: Store; id: string; active: boolean; onSelect: (id: string) => void; review?: ClaimReviewBadge }) {
  const claim = useClaim(store, id);
  if (!claim) return null;
  return (
    <li className="claim-list-item">
      <button
        type="button"
        onClick={() => onSelect(claim.id)}
        aria-current={active ? "true" : undefined}
        data-testid="claim-item"
        data-claim={claim.id}
        className={cn(
          "w-full rounded-md border px-2.5 py-2 text-left text-sm transition-colors",
          active ? "border-stone-400 bg-white shadow-sm" : "border-transparent hover:bg-white",
        )}
      >
        <div className="mb-1 flex items-center justify-between gap-2">
          <VerdictBadge verdict={claim.verdict} />
          <span className="flex items-center gap-1.5">
            <PresenceAvatars articleId={claim.articleId} claimId={claim.id} size="sm" />
            {claim.layer && <span className="rounded bg-violet-50 px-1 text-[11px] text-violet-800" data-testid="claim-layer">{claim.createdBy.name}&apos;s check</span>}
            {claim.textChange && <span className="rounded bg-amber-100 px-1.5 text-[11px] text-amber-900">check again</span>}
            {claim.evidence.length > 0 && <span className="text-xs text-stone-400">{claim.evidence.length} evidence</span>}
            {review && <ReviewBadge state={review.state} label={review.label} />}
          </span>
        </div>
        <p className="line-clamp-3 font-serif text-[13px] leading-snug text-stone-700">“{claim.anchor.quote.exact}”</p>
      </button>
    </li>
  );
});

function FilterChip({ label, count, active, onClick, verdict }: { label: string; count: number; active: boolean; onClick: () => void; verdict?: Verdict }) {
  const Icon = verdict ? VERDICT_STYLE[verdict].icon : null;
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={onClick}
      data-testid={verdict ? `count-${verdict}` : "count-all"}
      className={cn(
        "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs",
        active ? "border-stone-800 bg-stone-800 text-white" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100",
      )}
    >
      {Icon && <Icon className="h-3 w-3" aria-hidden />}
      {label} <span className="tabular-nums opacity-70">{count}</span>
    </button>
  );
}
