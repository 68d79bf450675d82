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
  reviews,
}: {
  claims: readonly { id: string; verdict: Verdict }[];
  activeId: string | null;
  /** Review state by claim id: the highlight ends with the state's mark (✓, ✎, ✗, !). */
  reviews?: Record<string, { state: ReviewState }>;
}) {
  const byVerdict = new Map<Verdict, string[]>(VERDICTS.map((v) => [v, []]));
  for (const claim of claims) byVerdict.get(claim.verdict)!.push(`.annotator-text [data-claim-id="${esc(claim.id)}"]`);
  const rules = VERDICTS.filter((v) => byVerdict.get(v)!.length > 0).map((v) => {
    const s = VERDICT_STYLE[v];
    return `${byVerdict.get(v)!.join(",")}{background-color:${s.bg};text-decoration:underline ${s.underline} ${s.line};text-decoration-thickness:2px;text-underline-offset:3px;}`;
  });
  if (reviews) {
    const byState = new Map<ReviewState, string[]>();
    for (const claim of claims) {
      const state = reviews[claim.id]?.state;
      if (state && state !== "NOT_REVIEWED") byState.set(state, [...(byState.get(state) ?? []), `.annotator-text [data-claim-id="${esc(claim.id)}"]::after`]);
    }
    for (const [state, selectors] of byState) {
      const s = REVIEW_STYLE[state];
      rules.push(`${selectors.join(",")}{content:"${s.mark}";color:${s.colour};font-size:0.7em;font-weight:700;vertical-align:super;margin-left:1px;}`);
    }
  }
  if (activeId) {
    rules.push(`.annotator-text [data-claim-id="${esc(activeId)}"]{box-shadow:0 0 0 2px #1c1917;border-radius:2px;}`);
  }
  return <style data-testid="claim-styles">{rules.join("\n")}</style>;
});
