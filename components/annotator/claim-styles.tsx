"use client";

import { memo } from "react";
import { VERDICTS, type Verdict } from "@/lib/domain/claims/verdicts";
import { VERDICT_STYLE } from "./verdict-style";
import { REVIEW_STYLE } from "@/components/reviews/review-badge";
import type { ReviewState } from "@/lib/domain/reviews/review-state";

const esc = (id: string) => id.replace(/["\\]/g, "\\$&");

/**
 * The claim mark stores only the claim id; verdict colours come from one
 * stylesheet with a selector list per verdict, so re-rating a claim restyles
 * it without touching the document.
 */
export const ClaimStyles = memo(function ClaimStyles({
  claims,
  activeId,
}: {
  claims: readonly { id: string; verdict: Verdict }[];
  activeId: string | null;
}) {
  const byVerdict = new Map<Verdict, string[]>(VERDICTS.map((v) => [v, []]));
  for (const claim of claims) byVerdict.get(claim.verdict)!.push(`.annotator-text [data-claim-id="${esc(claim.id)}"]`);
  const rules = VERDICTS.filter((v) => byVerdict.get(v)!.length > 0).map((v) => {
    const s = VERDICT_STYLE[v];
    return `${byVerdict.get(v)!.join(",")}{background-color:${s.bg};text-decoration:underline ${s.underline} ${s.line};text-decoration-thickness:2px;text-underline-offset:3px;}`;
  });
  if (activeId) {
    rules.push(`.annotator-text [data-claim-id="${esc(activeId)}"]{box-shadow:0 0 0 2px #1c1917;border-radius:2px;}`);
  }
  return <style data-testid="claim-styles">{rules.join("\n")}</style>;
});

/** Review state by claim id: each reviewed claim's highlight ends with its state's mark (✓, ✎, ✗, !). */
export const ClaimReviewMarks = memo(function ClaimReviewMarks({ reviews }: { reviews?: Record<string, { state: ReviewState }> }) {
  const byState = new Map<ReviewState, string[]>();
  for (const [id, review] of Object.entries(reviews ?? {})) {
    if (review.state !== "NOT_REVIEWED") byState.set(review.state, [...(byState.get(review.state) ?? []), `.annotator-text [data-claim-id="${esc(id)}"]::after`]);
  }
  const rules = [...byState].map(([state, selectors]) => {
    const s = REVIEW_STYLE[state];
    return `${selectors.join(",")}{content:"${s.mark}";color:${s.colour};font-size:0.7em;font-weight:700;vertical-align:super;margin-left:1px;}`;
  });
  return <style data-testid="claim-review-marks">{rules.join("\n")}</style>;
});

/** The four verdict rules, keyed by the `data-verdict` the annotator's claim spans carry (ClaimVerdictIndex). */
const VERDICT_RULES = VERDICTS.map((v) => {
  const s = VERDICT_STYLE[v];
  return `.annotator-text [data-claim-id][data-verdict="${v}"]{background-color:${s.bg};text-decoration:underline ${s.underline} ${s.line};text-decoration-thickness:2px;text-underline-offset:3px;}`;
}).join("\n");

/**
 * The annotator's claim styles: static verdict rules (a re-rating changes one
 * claim's `data-verdict`, not this stylesheet) and the open claim's outline.
 */
export const ClaimVerdictStyles = memo(function ClaimVerdictStyles({ activeId }: { activeId: string | null }) {
  const active = activeId ? `\n.annotator-text [data-claim-id="${esc(activeId)}"]{box-shadow:0 0 0 2px #1c1917;border-radius:2px;}` : "";
  return <style data-testid="claim-styles">{VERDICT_RULES + active}</style>;
});
