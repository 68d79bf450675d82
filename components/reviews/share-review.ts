import type { ArticleReviewView, ClaimReviewBadge } from "@/lib/server/reviews/get-article-review";

const sameBadge = (a: ClaimReviewBadge | undefined, b: ClaimReviewBadge) =>
  a !== undefined && a.state === b.state && a.label === b.label && a.changedSince === b.changedSince && a.reviewedVersion === b.reviewedVersion && a.canReview === b.canReview;

/**
 * A reloaded review with every part that did not change taken from the one
 * shown (the same objects), so that what shows a badge re-renders only when
 * that badge changed; the shown review itself when nothing did.
 */
export function shareReview(prev: ArticleReviewView | null, next: ArticleReviewView): ArticleReviewView {
  if (!prev) return next;
  let changed = Object.keys(prev.claims).length !== Object.keys(next.claims).length;
  const claims: Record<string, ClaimReviewBadge> = {};
  for (const [id, badge] of Object.entries(next.claims)) {
    const kept = prev.claims[id];
    if (sameBadge(kept, badge)) claims[id] = kept;
    else {
      claims[id] = badge;
      changed = true;
    }
  }
  const signOff = JSON.stringify(prev.signOff) === JSON.stringify(next.signOff) ? prev.signOff : next.signOff;
  const shared = { ...next, claims: changed ? claims : prev.claims, signOff };
  const same = shared.claims === prev.claims && signOff === prev.signOff && (["articleId", "revisionId", "canSignOff", "signOffProblem"] as const).every((k) => prev[k] === next[k]);
  return same ? prev : shared;
}
