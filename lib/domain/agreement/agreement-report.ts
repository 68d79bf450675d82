import type { AgreementFigures } from "@/lib/domain/agreement/compute-agreement";

const fixed = (x: number | null) => (x === null ? "not defined (nothing to compare)" : x.toFixed(2));
const percent = (x: number | null) => (x === null ? "not defined (nothing to compare)" : `${Math.round(x * 100)}%`);

/**
 * The session report's "Agreement between checkers" lines: the session's
 * figures on its finished double checks, then one line per pair of editors.
 * Null when the session has no finished double check (the section is left out).
 */
export function agreementReportLines(figures: AgreementFigures, finished: number, names: ReadonlyMap<string, string>): { label: string; value: string }[] | null {
  if (finished === 0) return null;
  const name = (id: string) => names.get(id) ?? "Former member";
  return [
    { label: "Double checks measured", value: `${finished} article${finished === 1 ? "" : "s"}, on the checkers' own claims (span overlap ≥ ${Math.round(figures.overlapThreshold * 100)}%)` },
    { label: "Matched claims", value: String(figures.matchedClaims) },
    { label: "Span F1 (exact / overlapping)", value: `${percent(figures.spanF1Exact)} / ${percent(figures.spanF1Overlap)}` },
    { label: "Verdicts agree (matched claims)", value: percent(figures.observedAgreement) },
    { label: "Fleiss' kappa", value: fixed(figures.fleissKappa) },
    { label: "Krippendorff's alpha (nominal)", value: fixed(figures.krippendorffAlpha) },
    ...figures.pairs.map((p) => ({
      label: `${name(p.editorA)} and ${name(p.editorB)}`,
      value: `${p.matchedClaims} matched; span F1 ${percent(p.spanExact.f1)} exact, ${percent(p.spanOverlap.f1)} overlapping; verdicts agree ${percent(p.observedAgreement)}; Cohen's kappa ${fixed(p.cohenKappa)}`,
    })),
  ];
}
