"use client";

import Link from "next/link";
import { PresenceAvatars } from "@/components/realtime/presence-avatars";
import { VERDICT_STYLE } from "@/components/annotator/verdict-style";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { DateTime } from "@/components/ui/date-time";
import type { UrlTableState } from "@/components/ui/use-url-table-state";
import { ARTICLE_PAGE_SIZES } from "@/lib/domain/article-query";
import { VERDICTS, VERDICT_LABELS, type Verdict } from "@/lib/domain/claims/verdicts";

interface Row {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  sourceTimeZone: string | null;
  claimCounts: Record<Verdict, number>;
  claimTotal: number;
  signOff: "NONE" | "SIGNED_OFF" | "SUPERSEDED";
}

// Column ids are the list's `sort` values: the server sorts, the headers only ask.
const columns: DataTableColumn<Row>[] = [
  {
    id: "title",
    accessorKey: "title",
    header: "Title",
    sortDescFirst: false,
    meta: { className: "min-w-56" },
    cell: ({ row: { original: a } }) => (
      <>
        <Link href={`/articles/${a.id}`} className="font-medium text-stone-900 hover:underline">{a.title}</Link>{" "}
        <PresenceAvatars articleId={a.id} />
        {a.author && <div className="text-xs text-stone-500">{a.author}</div>}
        {a.signOff === "SIGNED_OFF" && <div className="text-xs font-medium text-green-800" data-testid="article-signed-off">✓ Signed off</div>}
        {a.signOff === "SUPERSEDED" && <div className="text-xs font-medium text-amber-800" data-testid="article-sign-off-superseded">Sign-off superseded: needs signing again</div>}
      </>
    ),
  },
  { id: "outlet", accessorKey: "outlet", header: "Outlet", sortDescFirst: false, cell: ({ row }) => <span className="text-stone-700">{row.original.outlet ?? "—"}</span> },
  {
    id: "published",
    accessorKey: "publishedAt",
    header: "Published",
    sortDescFirst: true,
    meta: { cellClassName: "whitespace-nowrap text-stone-600" },
    cell: ({ row }) => <DateTime value={row.original.publishedAt} precision="day" sourceTimeZone={row.original.sourceTimeZone} />,
  },
  {
    id: "claims",
    accessorKey: "claimTotal",
    header: "Claims",
    sortDescFirst: true,
    cell: ({ row: { original: a } }) =>
      a.claimTotal === 0 ? (
        <span className="text-xs text-stone-400">None yet</span>
      ) : (
        <ul className="flex flex-wrap gap-1.5" aria-label={`${a.claimTotal} claims`}>
          {VERDICTS.filter((v) => a.claimCounts[v] > 0).map((v) => {
            const Icon = VERDICT_STYLE[v].icon;
            return (
              <li key={v} title={VERDICT_LABELS[v]} className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs ${VERDICT_STYLE[v].text}`} style={{ backgroundColor: VERDICT_STYLE[v].bg }}>
                <Icon className="h-3 w-3" aria-hidden />
                <span className="tabular-nums">{a.claimCounts[v]}</span>
                <span className="sr-only">{VERDICT_LABELS[v]}</span>
              </li>
            );
          })}
        </ul>
      ),
  },
];

/** One page of the workspace's articles with claim counts per verdict; the title opens the annotator. */
export function ArticleTable({ articles, emptyText, paging }: { articles: Row[]; emptyText: string; paging: UrlTableState }) {
  return (
    <DataTable
      caption="Articles"
      columns={columns}
      data={articles}
      getRowId={(a) => a.id}
      rowProps={() => ({ "data-testid": "article-row" })}
      emptyState={emptyText}
      url={paging}
      pageSizes={[...ARTICLE_PAGE_SIZES]}
    />
  );
}
