/** The report's styles: screen and print (A4), inlined into every HTML report. */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 11pt/1.5 Georgia, "DejaVu Serif", "Times New Roman", "Noto Serif CJK SC", "Noto Color Emoji", serif; color: #1c1917; background: #fff; }
main { max-width: 50rem; margin: 0 auto; padding: 2rem 1.5rem 1rem; }
a { color: #1e40af; }
.meta a, .evidence a, .session-meta a { overflow-wrap: anywhere; }
h1, h2, h3, h4, .eyebrow, .meta, .verdict, table, .claim-head, .generated, .draft-banner { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
h1.title, h2.title { font-size: 22pt; line-height: 1.2; margin: .2rem 0 .8rem; }
h2 { font-size: 14pt; margin: 1.6rem 0 .6rem; }
h4 { font-size: 9pt; text-transform: uppercase; letter-spacing: .05em; color: #57534e; margin: .8rem 0 .3rem; }
.eyebrow { font-size: 9pt; font-weight: 600; text-transform: uppercase; letter-spacing: .08em; color: #57534e; margin: 0; }
.meta { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .25rem 1.5rem; font-size: 9.5pt; margin: 0 0 1rem; }
.meta div { display: flex; gap: .5rem; min-width: 0; }
.meta dt { color: #78716c; min-width: 6.5rem; }
.meta dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.mono { font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: 8pt; overflow-wrap: anywhere; }
.verdict { display: inline-flex; align-items: center; gap: .25rem; padding: .05rem .45rem; border-radius: .3rem; font-size: 8.5pt; font-weight: 600; white-space: nowrap; vertical-align: middle; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.verdict svg { flex: none; }
table { border-collapse: collapse; font-size: 9pt; width: 100%; }
table.counts { width: auto; margin: .5rem 0; }
table.counts th, table.counts td { padding: .3rem .6rem; text-align: center; border: 1px solid #d6d3d1; }
caption { text-align: left; font-weight: 600; font-size: 9pt; color: #57534e; padding-bottom: .25rem; }
table.grid { font-size: 8.5pt; }
table.grid th, table.grid td { border-bottom: 1px solid #e7e5e4; padding: .35rem .4rem; text-align: left; vertical-align: top; }
table.grid tbody th { min-width: 11em; font-weight: 600; }
table.grid thead .verdict { white-space: normal; padding: .05rem .3rem; font-size: 7.5pt; }
table.grid thead th { border-bottom: 2px solid #a8a29e; }
table.grid .num { text-align: right; font-variant-numeric: tabular-nums; }
table.grid tfoot th, table.grid tfoot td { border-top: 2px solid #a8a29e; font-weight: 600; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.review-summary { font-size: 10pt; }
.claims { margin-top: 1.2rem; }
.claim { border-top: 1px solid #d6d3d1; padding: .9rem 0 .6rem; }
.claim-head { display: flex; align-items: center; gap: .6rem; flex-wrap: wrap; break-after: avoid; }
.claim-number { font-weight: 700; font-size: 10pt; }
.orphan { font-size: 8.5pt; color: #92400e; border: 1px dashed #92400e; padding: 0 .35rem; border-radius: .25rem; }
blockquote.quote { margin: .5rem 0; padding: .4rem .8rem; border-left: 4px solid #a8a29e; background: #fafaf9; break-inside: avoid; }
blockquote.quote .context { color: #78716c; }
blockquote.quote mark { background: none; color: inherit; font-weight: 600; border-bottom: 2px solid; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.statement, .cluster, .review { font-size: 9.5pt; margin: .35rem 0; }
.claimant { color: #57534e; }
.rationale p { margin: .3rem 0; }
.rationale blockquote { margin: .3rem 0 .3rem 1rem; color: #44403c; }
.evidence ul, .links ul { margin: .2rem 0; padding-left: 1.2rem; font-size: 9.5pt; }
.evidence li, .links li { margin: .2rem 0; }
.evidence q, .links q { display: block; font-style: italic; color: #44403c; }
.note { display: block; color: #44403c; }
.checked { display: block; font-size: 8.5pt; color: #78716c; }
.relation { font-family: Arial, "DejaVu Sans", sans-serif; font-size: 8pt; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; border: 1px solid currentColor; border-radius: .2rem; padding: 0 .3rem; }
.relation-contradicts { color: #b91c1c; border-style: double; border-width: 3px; }
.relation-corroborates { color: #15803d; }
.relation-same_claim { color: #1d4ed8; border-style: dashed; }
.review-approved strong::after { content: " ✔"; }
.muted, .empty { color: #78716c; font-size: 9.5pt; }
.agree { color: #15803d; } .disagree { color: #b91c1c; text-decoration: underline wavy; }
.draft-tag { color: #b91c1c; }
.draft-banner { margin: 0; padding: .5rem 1rem; background: #fef2f2; color: #991b1b; border-bottom: 2px solid #b91c1c; text-align: center; font-size: 10pt; letter-spacing: .03em; }
.draft-mark { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; font: 700 110pt/1 Arial, "DejaVu Sans", sans-serif; color: rgba(185, 28, 28, .10); transform: rotate(-30deg); pointer-events: none; z-index: 10; letter-spacing: .1em; }
.print-destinations { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
.cover { min-height: 60vh; }
.team { columns: 2; padding-left: 1.2rem; }
.article-report.in-session { break-before: page; margin-top: 2rem; }
.generated { max-width: 50rem; margin: 1rem auto 2rem; padding: 0 1.5rem; font-size: 8.5pt; color: #78716c; }
@media print {
  @page { size: A4; margin: 16mm 14mm 16mm 14mm; }
  body { font-size: 9.5pt; line-height: 1.4; }
  .claim { padding: .6rem 0 .4rem; }
  h4 { margin: .5rem 0 .2rem; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  .cover { break-after: page; }
  .draft-banner { border: 2px solid #b91c1c; }
  .generated { padding: 0; }
}
`;
