import { VERDICT_LABELS, type Verdict } from "@/lib/domain/claims/verdicts";

/** Longest quote a highlight's name repeats; the span's own text follows it anyway. */
const QUOTE_CHARS = 120;

/** What a claim highlight's accessible name is made of. */
export interface ClaimNameParts {
  verdict: string;
  /** The claim's wording (its anchor's exact quote), when known. */
  exact?: string;
  /** A correction changed the wording after the claim was rated. */
  textChanged?: boolean;
}

/**
 * The accessible name of a claim highlight, so a screen reader says what the
 * colour and underline show: "Claim, disputed: 2,100 people were evacuated…",
 * or "Claim, verified, text changed since it was rated: …".
 */
export function claimAccessibleName({ verdict, exact, textChanged }: ClaimNameParts): string {
  const label = VERDICT_LABELS[verdict as Verdict]?.toLowerCase() ?? "not rated";
  const state = textChanged ? `${label}, text changed since it was rated` : label;
  const quote = exact?.replace(/\s+/g, " ").trim();
  if (!quote) return `Claim, ${state}`;
  return `Claim, ${state}: ${quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : quote}`;
}
