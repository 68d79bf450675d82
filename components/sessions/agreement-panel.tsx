import Link from "next/link";
import { VERDICT_LABELS, type Verdict } from "@/lib/domain/claims/verdicts";
import type { SessionAgreement } from "@/lib/server/agreement/get-session-agreement";

const fixed = (x: number | null, digits = 2) => (x === null ? "—" : x.toFixed(digits));
const percent = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);

/**
 * The session's agreement between checkers, on the finished double checks'
 * layers: per pair of editors (span F1 exact and overlapping, raw agreement
 * and Cohen's kappa on matched claims), the session's Fleiss' kappa and
 * Krippendorff's alpha, the verdict confusion table, and each article's open
 * differences. The overlap threshold is a plain GET form (?threshold=).
 */
export function AgreementPanel({ agreement, canReconcile }: { agreement: SessionAgreement; canReconcile: boolean }) {
  const { session: s, articles } = agreement;
  const csv = `/api/v1/sessions/${agreement.sessionId}/agreement?format=csv&threshold=${agreement.overlapThreshold}`;
  return (
    <section aria-labelledby="agreement-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white px-4 py-3 shadow-sm" data-testid="agreement-panel">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="agreement-heading" className="text-lg font-semibold">Agreement between checkers</h2>
        <form method="get" className="flex items-center gap-2 text-sm">
          <label htmlFor="agreement-threshold" className="text-stone-600">Span overlap at least</label>
          <input id="agreement-threshold" name="threshold" type="number" min={0.05} max={1} step={0.05} defaultValue={agreement.overlapThreshold} className="w-20 rounded border border-stone-300 px-2 py-1" />
          <button type="submit" className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-50">Apply</button>
          <a href={csv} className="text-sky-800 underline">CSV</a>
        </form>
      </div>
      <p className="text-xs text-stone-500">
        {agreement.finished} of {agreement.doubleChecked} double-checked article{agreement.doubleChecked === 1 ? "" : "s"} finished (every checker done); the figures cover those, measured on each checker&apos;s own claims, not on the settled result.
      </p>
      {agreement.finished === 0 ? (
        <p className="text-sm text-stone-600">No figures yet: they appear when every checker of an article has marked their check done.</p>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5" aria-label="Session agreement">
            {[
              ["Matched claims", String(s.matchedClaims)],
              ["Span F1 (exact / overlap)", `${percent(s.spanF1Exact)} / ${percent(s.spanF1Overlap)}`],
              ["Verdicts agree", percent(s.observedAgreement)],
              ["Fleiss' κ", fixed(s.fleissKappa)],
              ["Krippendorff's α", fixed(s.krippendorffAlpha)],
            ].map(([label, value]) => (
              <div key={label} className="rounded border border-stone-100 bg-stone-50 px-2 py-1.5">
                <dt className="text-xs text-stone-500">{label}</dt>
                <dd className="text-base font-semibold tabular-nums text-stone-900" data-testid={`agreement-${label}`}>{value}</dd>
              </div>
            ))}
          </dl>
          <table className="w-full text-sm">
            <caption className="sr-only">Agreement per pair of editors</caption>
            <thead className="text-left text-xs text-stone-500">
              <tr>
                <th scope="col" className="py-1 font-medium">Editors</th>
                <th scope="col" className="py-1 text-right font-medium">Matched</th>
                <th scope="col" className="py-1 text-right font-medium">Span F1 exact</th>
                <th scope="col" className="py-1 text-right font-medium">Span F1 overlap</th>
                <th scope="col" className="py-1 text-right font-medium">Verdicts agree</th>
                <th scope="col" className="py-1 text-right font-medium">Cohen&apos;s κ</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100 tabular-nums">
              {s.pairs.map((p) => (
                <tr key={`${p.editorA.id}-${p.editorB.id}`} data-testid="agreement-pair">
                  <th scope="row" className="py-1 text-left font-normal">{p.editorA.name} · {p.editorB.name}</th>
                  <td className="py-1 text-right">{p.matchedClaims}</td>
                  <td className="py-1 text-right">{percent(p.spanExact.f1)}</td>
                  <td className="py-1 text-right">{percent(p.spanOverlap.f1)}</td>
                  <td className="py-1 text-right">{percent(p.observedAgreement)}</td>
                  <td className="py-1 text-right">{fixed(p.cohenKappa)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Confusion confusion={s.confusion} />
          <ul className="divide-y divide-stone-100 text-sm">
            {articles.map((a) => (
              <li key={a.articleId} className="flex flex-wrap items-baseline justify-between gap-2 py-1.5">
                <span className="text-stone-900">{a.title}</span>
                <span className="text-xs text-stone-600">
                  {a.openDifferences === 0 ? `${a.differences} difference${a.differences === 1 ? "" : "s"}, all settled` : `${a.openDifferences} of ${a.differences} differences open`}
                  {canReconcile && a.differences > 0 && (
                    <>
                      {" · "}
                      <Link href={`/sessions/${agreement.sessionId}/disagreements?article=${a.articleId}`} className="text-sky-800 underline">Disagreement queue</Link>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Confusion({ confusion }: { confusion: SessionAgreement["session"]["confusion"] }) {
  const cats = confusion.categories as Verdict[];
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-stone-700">Verdicts side by side (matched claims)</summary>
      <table className="mt-1 text-xs tabular-nums">
        <caption className="sr-only">Confusion table of verdicts: rows the first editor of each pair, columns the second</caption>
        <thead>
          <tr>
            <th scope="col" />
            {cats.map((c) => <th key={c} scope="col" className="px-2 py-0.5 font-medium text-stone-600">{VERDICT_LABELS[c]}</th>)}
          </tr>
        </thead>
        <tbody>
          {cats.map((r) => (
            <tr key={r}>
              <th scope="row" className="px-2 py-0.5 text-left font-medium text-stone-600">{VERDICT_LABELS[r]}</th>
              {cats.map((c) => <td key={c} className={`px-2 py-0.5 text-center ${r === c ? "bg-emerald-50" : confusion.cells[r][c] ? "bg-amber-50" : ""}`}>{confusion.cells[r][c]}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
