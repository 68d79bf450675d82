"use client";

import { useCallback, useMemo, useRef } from "react";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import type { ClaimReviewBadge } from "@/lib/server/reviews/get-article-review";
import { ClaimHistory } from "@/components/reviews/claim-history";
import { ClaimThread } from "@/components/reviews/claim-thread";
import { ReviewBadge } from "@/components/reviews/review-badge";
import { ReviewPanel } from "@/components/reviews/review-panel";
import { ClaimDetail } from "./claim-detail";
import { useClaim } from "./claim-store-hooks";
import type { ClaimSync } from "./claim-sync";
import type { EvidenceDraft } from "./use-claims-store";

interface Props {
  store: ClaimSync;
  /** The open claim (its server id once saved). */
  claimId: string;
  articleId: string;
  canWrite: boolean;
  canComment: boolean;
  /** Members who can be mentioned in the discussion (the user left out). */
  members: { id: string; name: string }[];
  /** The claim's review badge (absent until the review has loaded). */
  badge?: ClaimReviewBadge;
  /** Bumped after each review made here: the discussion and history load again. */
  reviewed: number;
  onBack: () => void;
  onDeleted: () => void;
  onReviewed: () => void;
  /** J / K: the next or previous claim in reading order. */
  onStep: (delta: number) => void;
  /** Told when the user starts and stops typing the rationale (presence). */
  onEditing: (editing: boolean) => void;
}

/**
 * The open claim's detail, reading that one claim from the store: a change to
 * it re-renders this pane (and what in it depends on what changed), a change
 * to any other claim nothing here.
 */
export function ActiveClaim({ store, claimId, articleId, canWrite, canComment, members, badge, reviewed, onBack, onDeleted, onReviewed, onStep, onEditing }: Props) {
  const claim = useClaim(store, claimId);
  const saved = !claimId.startsWith("tmp-");
  // The version the rationale typing started from: someone else's save meanwhile makes ours a conflict, not an overwrite.
  const rationaleBase = useRef<number | null>(null);

  // Stable callbacks (they read the store when called), so the parts that take them need not re-render.
  const onRate = useCallback((verdict: Verdict) => store.update(claimId, { verdict }), [store, claimId]);
  const onRationale = useCallback((rationale: Record<string, unknown> | null) => store.update(claimId, { rationale }, true, rationaleBase.current ?? undefined), [store, claimId]);
  const onConfirmText = useCallback(() => store.confirmText(claimId), [store, claimId]);
  const onAddEvidence = useCallback((draft: EvidenceDraft) => store.addEvidence(claimId, draft), [store, claimId]);
  const onRemoveEvidence = useCallback((evidenceId: string) => store.removeEvidence(claimId, evidenceId), [store, claimId]);
  const onDelete = useCallback(() => {
    store.remove(claimId);
    onDeleted();
  }, [store, claimId, onDeleted]);
  const onEditingRationale = useCallback((editing: boolean) => {
    if (editing) rationaleBase.current = saved ? store.getClaim(claimId)?.version ?? null : null;
    onEditing(editing);
  }, [store, claimId, saved, onEditing]);

  const version = claim?.version;
  const reviewPanel = useMemo(() => {
    if (badge?.canReview && saved && version !== undefined) {
      return (
        <ReviewPanel key={claimId} articleId={articleId} claimId={claimId} claimVersion={version} badge={badge} onReviewed={onReviewed} onNext={() => onStep(1)} onPrevious={() => onStep(-1)} />
      );
    }
    return badge ? <p className="text-xs text-stone-600">Review: <ReviewBadge state={badge.state} label={badge.label} /></p> : null;
  }, [badge, saved, version, claimId, articleId, onReviewed, onStep]);
  const review = useMemo(() => (saved ? (
    <>
      <ClaimThread key={`thread-${claimId}`} articleId={articleId} claimId={claimId} canComment={canComment} members={members} refreshKey={reviewed} />
      <ClaimHistory key={`history-${claimId}-${reviewed}`} articleId={articleId} claimId={claimId} />
    </>
  ) : null), [saved, claimId, articleId, canComment, members, reviewed]);

  if (!claim) return null;
  return (
    <ClaimDetail
      claim={claim}
      canWrite={canWrite}
      onBack={onBack}
      onRate={onRate}
      onRationale={onRationale}
      onConfirmText={onConfirmText}
      onEditing={onEditingRationale}
      onDelete={onDelete}
      onAddEvidence={onAddEvidence}
      onRemoveEvidence={onRemoveEvidence}
      reviewPanel={reviewPanel}
      review={review}
    />
  );
}
