"use client";

import { useEffect, useRef, useState } from "react";
import { ApiError, api } from "@/components/annotator/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useIdempotencyKey } from "@/components/ui/use-idempotency-key";
import { REVIEW_DECISION_LABELS, reviewCommentProblem, type ReviewDecision } from "@/lib/domain/reviews/review-state";
import type { ClaimReviewBadge } from "@/lib/server/reviews/get-article-review";
import { ReviewBadge } from "./review-badge";

/** The review keys: decisions, and moving through the claims. */
export const REVIEW_KEYS = { APPROVE: "a", REQUEST_CHANGES: "c", REJECT: "x", next: "j", previous: "k" } as const;

interface Props {
  articleId: string;
  claimId: string;
  claimVersion: number;
  badge: ClaimReviewBadge | undefined;
  onReviewed: () => void;
  onNext: () => void;
  onPrevious: () => void;
}

/**
 * A reviewer's decision on the open claim, from buttons or the keyboard:
 * A approves, C requests changes and X rejects (both ask for a comment first;
 * Ctrl+Enter sends it), J and K move to the next and previous claim.
 */
export function ReviewPanel({ articleId, claimId, claimVersion, badge, onReviewed, onNext, onPrevious }: Props) {
  const [pending, setPending] = useState<ReviewDecision | null>(null);
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const idempotency = useIdempotencyKey();

  async function send(decision: ReviewDecision, text = comment) {
    const problem = reviewCommentProblem(decision, text);
    if (problem) {
      setPending(decision);
      setTimeout(() => box.current?.focus(), 0);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body = { decision, claimVersion, ...(text.trim() ? { comment: text.trim() } : {}) };
      await api("POST", `/api/v1/articles/${articleId}/claims/${claimId}/reviews`, body, { "Idempotency-Key": idempotency.keyFor({ claimId, ...body }) });
      idempotency.done();
      setPending(null);
      setComment("");
      onReviewed();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "The review could not be saved.");
    } finally {
      setBusy(false);
    }
  }

  const keys = useRef<(event: KeyboardEvent) => void>(() => {});
  useEffect(() => {
    keys.current = (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey || busy) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const key = event.key.toLowerCase();
      const decision = (Object.keys(REVIEW_DECISION_LABELS) as ReviewDecision[]).find((d) => REVIEW_KEYS[d] === key);
      if (decision) send(decision, "");
      else if (key === REVIEW_KEYS.next) onNext();
      else if (key === REVIEW_KEYS.previous) onPrevious();
      else return;
      event.preventDefault();
    };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => keys.current(event);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <section aria-labelledby="review-heading" className="space-y-2 rounded-md border border-stone-300 bg-white p-3" data-testid="review-panel">
      <div className="flex items-center justify-between gap-2">
        <h3 id="review-heading" className="text-xs font-semibold uppercase tracking-wide text-stone-500">Review</h3>
        {badge && <ReviewBadge state={badge.state} label={badge.label} />}
      </div>
      <div className="flex flex-wrap gap-1.5">
        {(Object.keys(REVIEW_DECISION_LABELS) as ReviewDecision[]).map((d) => (
          <Button key={d} size="sm" variant={d === "APPROVE" ? "default" : "outline"} disabled={busy} onClick={() => send(d)} aria-keyshortcuts={REVIEW_KEYS[d].toUpperCase()}>
            {REVIEW_DECISION_LABELS[d]} <kbd className="ml-1 rounded border border-current/30 px-1 text-[10px] opacity-70">{REVIEW_KEYS[d].toUpperCase()}</kbd>
          </Button>
        ))}
      </div>
      {pending && pending !== "APPROVE" && (
        <form
          className="space-y-1.5"
          onSubmit={(e) => {
            e.preventDefault();
            send(pending);
          }}
        >
          <label htmlFor="review-comment" className="text-xs text-stone-600">
            {pending === "REJECT" ? "Why is the verdict wrong?" : "What should change?"}
          </label>
          <textarea
            id="review-comment"
            ref={box}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                send(pending);
              } else if (e.key === "Escape") setPending(null);
            }}
            rows={3}
            className="w-full rounded-md border border-stone-300 p-2 text-sm"
          />
          <div className="flex gap-1.5">
            <Button type="submit" size="sm" disabled={busy || !comment.trim()}>{REVIEW_DECISION_LABELS[pending]}</Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setPending(null)}>Cancel</Button>
            <span className="ml-auto self-center text-[11px] text-stone-400">Ctrl+Enter sends</span>
          </div>
        </form>
      )}
      {error && <Alert tone="error">{error}</Alert>}
      <p className="text-[11px] text-stone-400">J / K: next / previous claim</p>
    </section>
  );
}
