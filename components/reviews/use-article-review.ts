"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "@/components/annotator/api-client";
import type { ArticleReviewView } from "@/lib/server/reviews/get-article-review";

/**
 * The article's review state (claim badges, sign-off), loaded from the API and
 * reloaded when `changeKey` changes (the claims were edited: approvals may
 * have lapsed, a sign-off may be superseded) or after a review.
 */
export function useArticleReview(articleId: string, changeKey: string) {
  const [review, setReview] = useState<ArticleReviewView | null>(null);
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const next = await api<ArticleReviewView>("GET", `/api/v1/articles/${articleId}/review`);
      if (ticket === latest.current) setReview(next);
    } catch {
      // Badges are a view: a failed load keeps the last one.
    }
  }, [articleId]);
  useEffect(() => {
    const timer = setTimeout(reload, 400);
    return () => clearTimeout(timer);
  }, [reload, changeKey]);
  return { review, reload };
}
