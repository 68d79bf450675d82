import { createHash } from "node:crypto";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import { canonicalJson } from "@/lib/domain/reviews/canonical-json";
import type { ClaimReviewState, ReviewDecision } from "@/lib/domain/reviews/review-state";

/** One live claim as a sign-off records it. */
export interface SignedClaim {
  id: string;
  version: number;
  verdict: Verdict;
  review: { id: string; decision: ReviewDecision; claimVersion: number; reviewerId: string } | null;
}

/** What a sign-off covers: the revision and every live claim. */
export interface SignOffContent {
  articleId: string;
  revisionId: string;
  revisionSha256: string;
  claims: readonly SignedClaim[];
}

/**
 * sha256 over the article, its revision (id and sha256) and every live
 * claim's id, version, verdict and latest review, claims in id order, as
 * canonical JSON: anyone holding the rows can recompute it and see exactly
 * what was signed.
 */
export function signOffDigest(content: SignOffContent): string {
  const claims = [...content.claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return createHash("sha256").update(canonicalJson({ ...content, claims })).digest("hex");
}

/** Why the article cannot be signed off yet (a sentence), or null: every live claim must be approved, and hold. */
export function signOffProblem(states: readonly { state: ClaimReviewState }[]): string | null {
  const open = states.filter((c) => c.state.state !== "APPROVED").length;
  if (open === 0) return null;
  return `${open} claim${open === 1 ? " is" : "s are"} not approved yet: every claim must be approved before the article is signed off.`;
}
