import { createHash } from "node:crypto";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import { canonicalJson } from "@/lib/domain/reviews/canonical-json";

/** What a reviewer judges of a claim: any change to it makes an approval lapse. */
export interface ReviewedClaimContent {
  verdict: Verdict;
  rationale: unknown;
  /** The anchor: the quoted words, their context, and whether they could be placed. */
  exact: string;
  prefix: string;
  suffix: string;
  orphaned: boolean;
  evidence: readonly { id: string; url: string | null; quote: string | null; note: string | null; checkedAt: Date | string | null }[];
}

/**
 * sha256 over the claim's verdict, rationale, anchor and evidence (canonical
 * JSON; evidence in id order). A review stores it; the approval holds while
 * the claim's fingerprint is still the same (`reviewStateOf`). The claim's
 * version alone would miss evidence and re-anchoring, which do not bump it.
 */
export function claimFingerprint(claim: ReviewedClaimContent): string {
  const evidence = [...claim.evidence]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => ({ id: e.id, url: e.url, quote: e.quote, note: e.note, checkedAt: e.checkedAt === null ? null : new Date(e.checkedAt).toISOString() }));
  const content = {
    verdict: claim.verdict,
    rationale: claim.rationale ?? null,
    anchor: { exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix, orphaned: claim.orphaned },
    evidence,
  };
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}
