import type { Verdict } from "@/lib/domain/claims/verdicts";
import { HANDED_OVER, WORK_STATUSES, type WorkStatus } from "@/lib/domain/sessions/work-status";

/** A share of a whole: `done` of `total`, and the percentage to draw (0 when there is nothing). */
export interface Progress {
  done: number;
  total: number;
  percent: number;
}

export function progressOf(done: number, total: number): Progress {
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}

/** An article's claims: rated ones (any verdict but pending) of all live ones. */
export function claimProgress(counts: Record<Verdict, number>): Progress {
  const total = counts.PENDING + counts.VERIFIED + counts.DISPUTED + counts.SOURCED_ONLY;
  return progressOf(total - counts.PENDING, total);
}

/** How many articles stand at each work status, every status present. */
export function countWorkStatuses(statuses: readonly WorkStatus[]): Record<WorkStatus, number> {
  const counts = Object.fromEntries(WORK_STATUSES.map((s) => [s, 0])) as Record<WorkStatus, number>;
  for (const status of statuses) counts[status] += 1;
  return counts;
}

/** A session's progress: articles handed over or signed off, of all its articles. */
export function sessionProgress(statuses: readonly WorkStatus[]): Progress {
  return progressOf(statuses.filter((s) => HANDED_OVER.includes(s)).length, statuses.length);
}

export interface MemberArticle {
  status: WorkStatus;
  editorIds: readonly string[];
  reviewerId: string | null;
}

/** One member's share of a session: what they edit and hand over, what they review and sign off. */
export interface MemberProgress {
  editing: Progress;
  reviewing: Progress;
}

/**
 * Per-member progress: as an editor, articles handed over of those assigned;
 * as a reviewer, articles signed off of those they review.
 */
export function memberProgress(userId: string, articles: readonly MemberArticle[]): MemberProgress {
  const edits = articles.filter((a) => a.editorIds.includes(userId));
  const reviews = articles.filter((a) => a.reviewerId === userId);
  return {
    editing: progressOf(edits.filter((a) => HANDED_OVER.includes(a.status)).length, edits.length),
    reviewing: progressOf(reviews.filter((a) => a.status === "SIGNED_OFF").length, reviews.length),
  };
}
