import { VERDICTS, type Verdict } from "@/lib/domain/claims/verdicts";
import { confusionTable, type ConfusionTable } from "@/lib/domain/agreement/confusion-table";
import { cohenKappa, countTable, fleissKappa, observedAgreement } from "@/lib/domain/agreement/kappa";
import { krippendorffAlphaNominal } from "@/lib/domain/agreement/krippendorff-alpha";
import { matchSpans, spanScores, DEFAULT_OVERLAP_THRESHOLD, type Span, type SpanScores } from "@/lib/domain/agreement/span-matching";
import { groupUnits, type LayerClaim, type Layer, type Unit } from "@/lib/domain/agreement/group-units";

export type { LayerClaim, Layer };

/** One article's layers: the assigned editors' claims, each editor's own. */
export interface ArticleLayers {
  articleId: string;
  layers: Layer[];
}

/** Agreement between two editors. */
export interface PairAgreement {
  editorA: string;
  editorB: string;
  spanExact: SpanScores;
  spanOverlap: SpanScores;
  /** Claims matched by overlapping span, on which the verdicts are compared. */
  matchedClaims: number;
  observedAgreement: number | null;
  cohenKappa: number | null;
  confusion: ConfusionTable<Verdict>;
}

/** Agreement over a set of articles (one article or the whole session). */
export interface AgreementFigures {
  pairs: PairAgreement[];
  /** Units (claims matched across editors) that two or more editors rated. */
  matchedClaims: number;
  spanF1Exact: number | null;
  spanF1Overlap: number | null;
  observedAgreement: number | null;
  fleissKappa: number | null;
  /** Units rated by every editor, those Fleiss' kappa is computed on. */
  fleissUnits: number;
  krippendorffAlpha: number | null;
  confusion: ConfusionTable<Verdict>;
  overlapThreshold: number;
}

interface PairTally {
  exact: [number, number, number];
  overlap: [number, number, number];
  verdicts: [Verdict, Verdict][];
}

const key = (a: string, b: string) => `${a}\u0000${b}`;

/**
 * The agreement figures over the given articles' layers: per pair of editors
 * (span scores pooled over the articles both checked, verdict agreement on
 * their overlapping matches), and for all (Fleiss' kappa on the units every
 * editor of the article rated, Krippendorff's alpha on all units with missing
 * ratings, confusion table of every matched pair). Computed on the layers,
 * never on a reconciled result.
 */
export function computeAgreement(articles: readonly ArticleLayers[], overlapThreshold = DEFAULT_OVERLAP_THRESHOLD): AgreementFigures {
  const tallies = new Map<string, PairTally>();
  const allUnits: { unit: Unit; raters: number }[] = [];
  for (const { layers } of articles) {
    const sorted = [...layers].sort((x, y) => x.editorId.localeCompare(y.editorId));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const [a, b] = [sorted[i], sorted[j]];
        const t = tallies.get(key(a.editorId, b.editorId)) ?? { exact: [0, 0, 0], overlap: [0, 0, 0], verdicts: [] };
        const exact = matchSpans<Span & LayerClaim, Span & LayerClaim>(a.claims, b.claims, "EXACT");
        const overlap = matchSpans<Span & LayerClaim, Span & LayerClaim>(a.claims, b.claims, "OVERLAP", overlapThreshold);
        t.exact = [t.exact[0] + exact.length, t.exact[1] + a.claims.length, t.exact[2] + b.claims.length];
        t.overlap = [t.overlap[0] + overlap.length, t.overlap[1] + a.claims.length, t.overlap[2] + b.claims.length];
        for (const [x, y] of overlap) t.verdicts.push([x.verdict, y.verdict]);
        tallies.set(key(a.editorId, b.editorId), t);
      }
    }
    for (const unit of groupUnits(sorted, overlapThreshold)) allUnits.push({ unit, raters: sorted.length });
  }

  const pairs: PairAgreement[] = [...tallies].map(([k, t]) => {
    const [editorA, editorB] = k.split("\u0000");
    return {
      editorA,
      editorB,
      spanExact: spanScores(...t.exact),
      spanOverlap: spanScores(...t.overlap),
      matchedClaims: t.verdicts.length,
      observedAgreement: observedAgreement(t.verdicts),
      cohenKappa: cohenKappa(t.verdicts),
      confusion: confusionTable(t.verdicts, VERDICTS),
    };
  });

  const rated = allUnits.filter(({ unit }) => unit.members.length >= 2);
  // Fleiss needs the same number of raters per unit: the most common editor count among complete units.
  const complete = rated.filter(({ unit, raters }) => unit.members.length === raters);
  const raterCounts = new Map<number, number>();
  for (const u of complete) raterCounts.set(u.raters, (raterCounts.get(u.raters) ?? 0) + 1);
  const fleissRaters = [...raterCounts].sort((x, y) => y[1] - x[1] || y[0] - x[0])[0]?.[0];
  const fleissSet = complete.filter((u) => u.raters === fleissRaters).map(({ unit }) => unit.members.map((m) => m.verdict));
  const allPairs = [...tallies.values()].flatMap((t) => t.verdicts);
  const sum = (f: (t: PairTally) => [number, number, number]) =>
    [...tallies.values()].reduce<[number, number, number]>((s, t) => [s[0] + f(t)[0], s[1] + f(t)[1], s[2] + f(t)[2]], [0, 0, 0]);

  return {
    pairs,
    matchedClaims: rated.length,
    spanF1Exact: spanScores(...sum((t) => t.exact)).f1,
    spanF1Overlap: spanScores(...sum((t) => t.overlap)).f1,
    observedAgreement: observedAgreement(allPairs),
    fleissKappa: fleissSet.length ? fleissKappa(countTable(fleissSet, VERDICTS)) : null,
    fleissUnits: fleissSet.length,
    krippendorffAlpha: krippendorffAlphaNominal(allUnits.map(({ unit }) => unit.members.map((m) => m.verdict))),
    confusion: confusionTable(allPairs, VERDICTS),
    overlapThreshold,
  };
}
