"use client";

import Link from "next/link";
import { VerdictBadge } from "@/components/annotator/verdict-style";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { DateTime } from "@/components/ui/date-time";
import type { ReviewQueueItem } from "@/lib/server/reviews/list-review-queue";
import { ReviewBadge } from "./review-badge";

const columns: DataTableColumn<ReviewQueueItem>[] = [
  {
    id: "claim",
    accessorKey: "exact",
    header: "Claim",
    meta: { rowHeader: true },
    cell: ({ row }) => (
      <Link href={`/articles/${row.original.articleId}?claim=${row.original.claimId}`} className="line-clamp-2 font-serif text-stone-900 hover:underline" data-testid="queue-claim">
        “{row.original.exact}”
      </Link>
    ),
  },
  { id: "verdict", accessorKey: "verdict", header: "Verdict", cell: ({ row }) => <VerdictBadge verdict={row.original.verdict} /> },
  { id: "state", accessorKey: "state", header: "Review", cell: ({ row }) => <ReviewBadge state={row.original.state} label={row.original.stateLabel} /> },
  {
    id: "article",
    accessorKey: "articleTitle",
    header: "Article",
    cell: ({ row }) => (
      <span className="text-sm">
        <Link href={`/articles/${row.original.articleId}`} className="hover:underline">{row.original.articleTitle}</Link>
        <span className="block text-xs text-stone-500">{row.original.sessionName}</span>
      </span>
    ),
  },
  { id: "editor", accessorKey: "editorName", header: "Editor" },
  { id: "waiting", accessorKey: "waitingSince", header: "Waiting since", cell: ({ row }) => <DateTime value={row.original.waitingSince} /> },
];

/** The review queue, oldest first. */
export function ReviewQueueTable({ items }: { items: ReviewQueueItem[] }) {
  return (
    <DataTable
      caption="Claims waiting for my review"
      columns={columns}
      data={items}
      getRowId={(i) => i.claimId}
      emptyState="Nothing waits for your review."
      initialSorting={[{ id: "waiting", desc: false }]}
      rowProps={(i) => ({ "data-testid": `queue-row-${i.claimId}` })}
    />
  );
}
