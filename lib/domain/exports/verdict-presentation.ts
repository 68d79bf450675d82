import { VERDICT_LABELS, type Verdict } from "@/lib/domain/claims/verdicts";

/** How a verdict looks in a report: never told by colour alone. */
export interface VerdictPresentation {
  label: string;
  /** A character that survives black-and-white printing and plain text. */
  symbol: string;
  /** Text and border colour. */
  color: string;
  /** Background tint. */
  background: string;
  /** Border style of its badge: a second cue when printed in grey. */
  border: "solid" | "double" | "dashed" | "dotted";
}

/** The report look of each verdict; colours follow the annotator's (components/annotator/verdict-style.tsx). */
export const VERDICT_PRESENTATION: Record<Verdict, VerdictPresentation> = {
  VERIFIED: { label: VERDICT_LABELS.VERIFIED, symbol: "✔", color: "#15803d", background: "#dcfce7", border: "solid" },
  DISPUTED: { label: VERDICT_LABELS.DISPUTED, symbol: "✘", color: "#b91c1c", background: "#fee2e2", border: "double" },
  SOURCED_ONLY: { label: VERDICT_LABELS.SOURCED_ONLY, symbol: "❝", color: "#1d4ed8", background: "#dbeafe", border: "dashed" },
  PENDING: { label: VERDICT_LABELS.PENDING, symbol: "?", color: "#b45309", background: "#fef3c7", border: "dotted" },
};

/** The verdict as plain text: "✔ Verified". */
export const verdictText = (verdict: Verdict) => `${VERDICT_PRESENTATION[verdict].symbol} ${VERDICT_PRESENTATION[verdict].label}`;
