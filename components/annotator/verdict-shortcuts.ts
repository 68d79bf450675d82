import type { Verdict } from "@/lib/domain/claims/verdicts";

/** Keyboard shortcuts in the annotator (with Alt/Option held). */
export const VERDICT_SHORTCUTS: Record<Verdict, string> = {
  PENDING: "0",
  VERIFIED: "1",
  DISPUTED: "2",
  SOURCED_ONLY: "3",
};
