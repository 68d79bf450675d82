import { stringify } from "csv-stringify/sync";
import type { AgreementFigures } from "@/lib/domain/agreement/compute-agreement";
import { escapeFormula, UTF8_BOM } from "@/lib/domain/exports/report-csv";

type Named = { id: string; name: string };
type Figures = Omit<AgreementFigures, "pairs"> & { pairs: (Omit<AgreementFigures["pairs"][number], "editorA" | "editorB"> & { editorA: Named; editorB: Named })[] };

export const AGREEMENT_CSV_COLUMNS = [
  "Scope", "Article", "Editor A", "Editor B", "Matched claims",
  "Span F1 (exact)", "Span precision (exact)", "Span recall (exact)", "Span F1 (overlapping)", "Span precision (overlapping)", "Span recall (overlapping)",
  "Observed agreement", "Cohen's kappa", "Fleiss' kappa", "Krippendorff's alpha", "Overlap threshold",
] as const;

const num = (x: number | null | undefined) => (x === null || x === undefined ? "" : String(Math.round(x * 10000) / 10000));

function rows(scope: string, article: string, f: Figures): string[][] {
  const summary = [scope, article, "", "", String(f.matchedClaims), num(f.spanF1Exact), "", "", num(f.spanF1Overlap), "", "", num(f.observedAgreement), "", num(f.fleissKappa), num(f.krippendorffAlpha), num(f.overlapThreshold)];
  const pairs = f.pairs.map((p) => [
    `${scope} pair`, article, p.editorA.name, p.editorB.name, String(p.matchedClaims),
    num(p.spanExact.f1), num(p.spanExact.precision), num(p.spanExact.recall), num(p.spanOverlap.f1), num(p.spanOverlap.precision), num(p.spanOverlap.recall),
    num(p.observedAgreement), num(p.cohenKappa), "", "", num(f.overlapThreshold),
  ]);
  return [summary, ...pairs];
}

/**
 * The agreement figures as CSV (UTF-8 with BOM, CRLF, formula-safe cells):
 * the session's row and its pairs, then each article's row and pairs. Empty
 * cells where a measure is undefined (nothing to compare).
 */
export function agreementToCsv(agreement: { session: Figures; articles: { title: string; figures: Figures }[] }): string {
  const body = [...rows("Session", "", agreement.session), ...agreement.articles.flatMap((a) => rows("Article", a.title, a.figures))];
  return UTF8_BOM + stringify([[...AGREEMENT_CSV_COLUMNS], ...body.map((r) => r.map(escapeFormula))], { record_delimiter: "\r\n" });
}
