"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "@/components/annotator/api-client";
import type { ArticleReviewView } from "@/lib/server/reviews/get-article-review";
import { shareReview } from "./share-review";

/** The claims whose changes the review follows (the annotator's claims store). */
export interface ReviewedClaims {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => { claims: readonly { id: string; version: number; evidence: readonly unknown[] }[] };
}

type Claims = ReturnType<ReviewedClaims["getSnapshot"]>["claims"];

/**
 * Whether the review may be stale between two lists of the claims: a claim
 * saved anew (its version), gone or come, or its evidence changed. Claims
 * the store did not touch are the same objects, so this is mostly a pass of
 * reference checks.
 */
function reviewMayDiffer(before: Claims, after: Claims): boolean {
  if (before.length !== after.length) return true;
  for (let i = 0; i < after.length; i++) {
    const a = before[i];
    const b = after[i];
    if (a !== b && (a.id !== b.id || a.version !== b.version || a.evidence.length !== b.evidence.length)) return true;
  }
  return false;
}

/**
 * The article's review state (claim badges, sign-off), loaded from the API and
 * reloaded when the claims change as saved (approvals may have lapsed, a
 * sign-off may be superseded) or after a review. It watches the claims store
 * itself and keeps every badge that did not change, so a reload re-renders
 * only what it changed (nothing, mostly).
 */
export function useArticleReview(articleId: string, claims: ReviewedClaims) {
  const [review, setReview] = useState<ArticleReviewView | null>(null);
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const next = await api<ArticleReviewView>("GET", `/api/v1/articles/${articleId}/review`);
      if (ticket === latest.current) setReview((prev) => shareReview(prev, next));
    } catch {
      // Badges are a view: a failed load keeps the last one.
    }
  }, [articleId]);
  useEffect(() => {
    // The claims the review was (or is about to be) loaded for.
    let seen = claims.getSnapshot().claims;
    let timer = setTimeout(reload, 400);
    const unsubscribe = claims.subscribe(() => {
      const now = claims.getSnapshot().claims;
      if (now === seen || !reviewMayDiffer(seen, now)) return;
      seen = now;
      clearTimeout(timer);
      timer = setTimeout(reload, 400);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [reload, claims]);
  return { review, reload };
}
