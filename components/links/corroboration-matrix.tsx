"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { VerdictBadge } from "@/components/annotator/verdict-style";
import { Card } from "@/components/ui/card";
import type { MatrixView } from "@/lib/server/links/get-corroboration-matrix";
import { RelationBadge } from "./relation-style";

type Sort = "coverage" | "contested" | "order";

/** Rows are claims or clusters, columns articles; cells open the passage. */
export function CorroborationMatrix({ matrix }: { matrix: MatrixView }) {
  const [sort, setSort] = useState<Sort>("coverage");
  const [contestedOnly, setContestedOnly] = useState(false);
  const [query, setQuery] = useState("");
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = matrix.rows.filter((r) => (!contestedOnly || r.contested) && (!q || r.label.toLowerCase().includes(q)));
    if (sort === "coverage") return [...list].sort((a, b) => b.coverage - a.coverage);
    if (sort === "contested") return [...list].sort((a, b) => Number(b.contested) - Number(a.contested) || b.coverage - a.coverage);
    return list;
  }, [matrix.rows, sort, contestedOnly, query]);

  if (matrix.articles.length === 0) return <Card className="p-10 text-center text-stone-500">No articles yet.</Card>;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-2">
          Sort by
          <select value={sort} onChange={(e) => setSort(e.target.value as Sort)} className="h-8 rounded-md border border-stone-300 bg-white px-2">
            <option value="coverage">Most outlets first</option>
            <option value="contested">Contested first</option>
            <option value="order">Article order</option>
          </select>
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={contestedOnly} onChange={(e) => setContestedOnly(e.target.checked)} /> Only contested
        </label>
        <input type="search" placeholder="Filter claims…" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="Filter claims" className="h-8 rounded-md border border-stone-300 bg-white px-2" />
        <span className="text-stone-500" data-testid="matrix-row-count">{rows.length} row{rows.length === 1 ? "" : "s"}</span>
      </div>
      <Card className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="matrix">
          <thead>
            <tr className="bg-stone-50 text-left align-bottom text-stone-600">
              <th className="sticky left-0 z-10 min-w-72 bg-stone-50 px-3 py-2 font-medium">Claim</th>
              {matrix.articles.map((a) => (
                <th key={a.id} className="min-w-36 px-2 py-2 text-xs font-medium">
                  <Link href={`/articles/${a.id}`} className="hover:underline">{a.outlet ?? a.title}</Link>
                  <div className="font-normal text-stone-400">{a.publishedAt ? new Date(a.publishedAt).toLocaleDateString("en-GB", { day: "numeric", month: "short" }) : "undated"}</div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr><td colSpan={matrix.articles.length + 1} className="p-8 text-center text-stone-500">No claims here yet: tag claims and link passages to fill the matrix.</td></tr>
            )}
            {rows.map((row) => (
              <tr key={row.key} className="border-t border-stone-100" data-testid="matrix-row">
                <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-normal">
                  <span className="line-clamp-2 font-serif text-stone-800">“{row.label}”</span>
                  {row.contested && <span className="mt-1 inline-block rounded bg-rose-50 px-1.5 text-[11px] text-rose-800">Contested</span>}
                </th>
                {matrix.articles.map((a) => {
                  const cell = row.cells[a.id];
                  return (
                    <td key={a.id} className="px-2 py-2 align-top" data-cell={cell.kind}>
                      {cell.kind === "claim" && (
                        <Link href={`/articles/${a.id}?claim=${cell.claims[0].id}`} className="inline-flex flex-col gap-1 hover:opacity-80">
                          {cell.claims.map((c) => <VerdictBadge key={c.id} verdict={c.verdict} />)}
                        </Link>
                      )}
                      {cell.kind === "link" && (
                        <Link href={`/articles/${a.id}?link=${cell.linkId}`} className="inline-flex flex-col gap-1 hover:opacity-80">
                          {cell.relations.map((r) => <RelationBadge key={r} relation={r} />)}
                        </Link>
                      )}
                      {cell.kind === "absent" && <span className="text-stone-300" aria-label="Absent">—</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
