import { describe, expect, it } from "vitest";
import { shareReview } from "@/components/reviews/share-review";
import type { ArticleReviewView } from "@/lib/server/reviews/get-article-review";

const badge = (state: "NOT_REVIEWED" | "APPROVED", reviewedVersion: number | null = null) => ({ state, label: state, changedSince: false, reviewedVersion, canReview: true });
const review = (claims: ArticleReviewView["claims"], signOffProblem: string | null = null): ArticleReviewView => ({
  articleId: "a1", revisionId: "r1", claims, signOff: null, canSignOff: true, signOffProblem,
}) as ArticleReviewView;

describe("shareReview", () => {
  it("keeps the review shown when a reload brings nothing new", () => {
    const shown = review({ c1: badge("NOT_REVIEWED"), c2: badge("APPROVED", 3) });
    expect(shareReview(shown, review({ c1: badge("NOT_REVIEWED"), c2: badge("APPROVED", 3) }))).toBe(shown);
  });

  it("takes what changed and keeps every badge that did not", () => {
    const shown = review({ c1: badge("NOT_REVIEWED"), c2: badge("APPROVED", 3) });
    const next = shareReview(shown, review({ c1: badge("APPROVED", 2), c2: badge("APPROVED", 3) }, "1 claim not reviewed"));
    expect(next).not.toBe(shown);
    expect(next.claims.c1).toEqual(badge("APPROVED", 2));
    expect(next.claims.c2).toBe(shown.claims.c2);
    expect(next.signOffProblem).toBe("1 claim not reviewed");
    expect(shareReview(null, shown)).toBe(shown);
  });
});
