"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { VerdictBadge } from "@/components/annotator/verdict-style";
import { Card } from "@/components/ui/card";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { DateTime } from "@/components/ui/date-time";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { MatrixView } from "@/lib/server/links/get-corroboration-matrix";
import { RelationBadge } from "./relation-style";

type Row = MatrixView["rows"][number];
type Sorting = { id: string; desc: boolean }[];

/** The "Sort by" menu's presets, as table sorting (the headers sort too; the menu then says "By column"). */
const PRESETS = {
  coverage: [{ id: "coverage", desc: true }],
  contested: [{ id: "status", desc: true }, { id: "coverage", desc: true }],
  order: [],
} satisfies Record<string, Sorting>;
type Preset = keyof typeof PRESETS;

const presetOf = (sorting: Sorting) =>
  (Object.keys(PRESETS) as Preset[]).find((p) => JSON.stringify(PRESETS[p]) === JSON.stringify(sorting)) ?? "custom";

/**
 * Rows are claims or clusters, columns articles; cells open the passage. The
 * grid is the shared DataTable (its article columns are made from the data);
 * the toolbar that filters rows and picks a sort preset is the matrix's own.
 */
export function CorroborationMatrix({ matrix }: { matrix: MatrixView }) {
  const [sorting, setSorting] = useState<Sorting>(PRESETS.coverage);
  const [contestedOnly, setContestedOnly] = useState(false);
  const [query, setQuery] = useState("");
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    return matrix.rows.filter((r) => (!contestedOnly || (r.contested && !r.reasonRecorded)) && (!q || r.label.toLowerCase().includes(q)));
  }, [matrix.rows, contestedOnly, query]);
  const columns = useMemo(() => matrixColumns(matrix.articles), [matrix.articles]);

  if (matrix.articles.length === 0) return <Card className="p-10 text-center text-stone-500">No articles yet.</Card>;
  const preset = presetOf(sorting);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-2">
          Sort by
          <Select size="sm" value={preset} onChange={(e) => e.target.value in PRESETS && setSorting(PRESETS[e.target.value as Preset])}>
            <option value="coverage">Most outlets first</option>
            <option value="contested">Contested first</option>
            <option value="order">Article order</option>
            {preset === "custom" && <option value="custom">By column</option>}
          </Select>
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={contestedOnly} onChange={(e) => setContestedOnly(e.target.checked)} /> Only contested
        </label>
        <Input type="search" placeholder="Filter claims…" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="Filter claims" className="h-8 w-56" />
        <span className="text-stone-500" data-testid="matrix-row-count">{rows.length} row{rows.length === 1 ? "" : "s"}</span>
      </div>
      <DataTable
        caption="Corroboration matrix: claims by article"
        columns={columns}
        data={rows}
        getRowId={(r) => r.key}
        rowProps={() => ({ "data-testid": "matrix-row" })}
        emptyState="No claims here yet: tag claims and link passages to fill the matrix."
        sorting={sorting}
        onSortingChange={setSorting}
        pageSize={50}
        tableProps={{ "data-testid": "matrix" }}
      />
    </div>
  );
}

function matrixColumns(articles: MatrixView["articles"]): DataTableColumn<Row>[] {
  return [
    {
      id: "claim",
      accessorKey: "label",
      header: "Claim",
      sortDescFirst: false,
      meta: { rowHeader: true, sticky: true, className: "min-w-64 max-w-80 shadow-[1px_0_0_#e7e5e4]" },
      cell: ({ row }) => <span className="line-clamp-2 font-serif text-stone-800">“{row.original.label}”</span>,
    },
    {
      id: "coverage",
      accessorKey: "coverage",
      header: "Outlets",
      sortDescFirst: true,
      meta: { className: "w-20 text-right tabular-nums", cellClassName: "text-stone-600" },
      cell: ({ row }) => (
        <>
          <span aria-hidden>{row.original.coverage}/{articles.length}</span>
          <span className="sr-only">{row.original.coverage} of {articles.length} articles</span>
        </>
      ),
    },
    {
      id: "status",
      accessorFn: (r) => (r.contested ? (r.reasonRecorded ? 1 : 2) : 0),
      header: "Status",
      sortDescFirst: true,
      meta: { className: "w-28" },
      cell: ({ row }) =>
        row.original.contested && row.original.reasonRecorded
          ? <span className="inline-block whitespace-nowrap rounded bg-stone-100 px-1.5 text-[11px] text-stone-700" title="The verdicts differ and a reason was recorded for it">Reason recorded</span>
          : row.original.contested
            ? <span className="inline-block whitespace-nowrap rounded bg-rose-50 px-1.5 text-[11px] text-rose-800">Contested</span>
            : <Absent label="Not contested" />,
    },
    ...articles.map((a): DataTableColumn<Row> => ({
      id: `article:${a.id}`,
      header: () => (
        <span className="block min-w-32 text-xs">
          <Link href={`/articles/${a.id}`} className="line-clamp-2 hover:underline" title={a.title}>{a.outlet ?? a.title}</Link>
          <span className="block font-normal text-stone-500"><DateTime value={a.publishedAt} precision="day" fallback="undated" /></span>
        </span>
      ),
      enableSorting: false,
      meta: { cellProps: (r) => ({ "data-cell": r.cells[a.id].kind }) },
      cell: ({ row }) => {
        const cell = row.original.cells[a.id];
        if (cell.kind === "claim") {
          return (
            <Link href={`/articles/${a.id}?claim=${cell.claims[0].id}`} className="inline-flex flex-col gap-1 hover:opacity-80">
              {cell.claims.map((c) => <VerdictBadge key={c.id} verdict={c.verdict} />)}
            </Link>
          );
        }
        if (cell.kind === "link") {
          return (
            <Link href={`/articles/${a.id}?link=${cell.linkId}`} className="inline-flex flex-col gap-1 hover:opacity-80">
              {cell.relations.map((r) => <RelationBadge key={r} relation={r} />)}
            </Link>
          );
        }
        return <Absent label="Absent" />;
      },
    })),
  ];
}

/** A dash for the eye, words for screen readers. */
function Absent({ label }: { label: string }) {
  return (
    <>
      <span className="text-stone-300" aria-hidden>—</span>
      <span className="sr-only">{label}</span>
    </>
  );
}
