/** The verdicts a claim can carry; PENDING is a claim marked but not yet rated. */
export const VERDICTS = ["PENDING", "VERIFIED", "DISPUTED", "SOURCED_ONLY"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  PENDING: "Pending",
  VERIFIED: "Verified",
  DISPUTED: "Disputed",
  SOURCED_ONLY: "Sourced only",
};

/** Counts per verdict, all verdicts present (zero when none). */
export function countVerdicts(claims: readonly { verdict: Verdict }[]): Record<Verdict, number> {
  const counts = { PENDING: 0, VERIFIED: 0, DISPUTED: 0, SOURCED_ONLY: 0 };
  for (const claim of claims) counts[claim.verdict] += 1;
  return counts;
}
