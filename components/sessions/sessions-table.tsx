"use client";

import Link from "next/link";
import { useMemo } from "react";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { SESSION_STATUSES } from "@/lib/domain/sessions/session-status";
import { WORK_STATUSES, WORK_STATUS_LABELS } from "@/lib/domain/sessions/work-status";
import type { SessionListItem } from "@/lib/server/sessions/list-sessions";
import { Deadline } from "./deadline";
import { StackedBar } from "./stacked-bar";
import { SessionStatusBadge, WORK_STATUS_COLORS } from "./status-badges";

type Row = SessionListItem;

const columnsAt = (serverNow: number): DataTableColumn<Row>[] => [
  {
    id: "name",
    accessorKey: "name",
    header: "Session",
    sortDescFirst: false,
    meta: { className: "min-w-56", rowHeader: true },
    cell: ({ row: { original: s } }) => (
      <div className="space-y-0.5">
        <Link href={`/sessions/${s.id}`} className="font-medium text-stone-900 hover:underline">{s.name}</Link>
        <div className="flex flex-wrap gap-x-2 text-xs text-stone-500">
          <span>by {s.createdBy.name}</span>
          {s.mine && <span className="font-medium text-sky-800">You have work here</span>}
        </div>
      </div>
    ),
  },
  {
    id: "status",
    accessorFn: (s) => SESSION_STATUSES.indexOf(s.status),
    header: "Status",
    cell: ({ row }) => <SessionStatusBadge status={row.original.status} />,
  },
  {
    id: "deadline",
    accessorFn: (s) => (s.deadline ? Date.parse(s.deadline) : Number.POSITIVE_INFINITY),
    header: "Deadline",
    meta: { cellClassName: "text-sm" },
    cell: ({ row: { original: s } }) => <Deadline value={s.deadline} serverNow={serverNow} done={s.status === "SIGNED_OFF" || s.status === "CLOSED"} />,
  },
  {
    id: "progress",
    accessorFn: (s) => s.progress.percent,
    header: "Articles",
    sortDescFirst: true,
    meta: { className: "min-w-48" },
    cell: ({ row: { original: s } }) =>
      s.articleCount === 0 ? (
        <span className="text-xs text-stone-400">No articles yet</span>
      ) : (
        <div className="space-y-1">
          <StackedBar
            label="Articles by status"
            segments={WORK_STATUSES.map((status) => ({ key: status, value: s.statusCounts[status], color: WORK_STATUS_COLORS[status], label: WORK_STATUS_LABELS[status] }))}
          />
          <p className="text-xs tabular-nums text-stone-500">
            {s.progress.done} of {s.articleCount} handed over
          </p>
        </div>
      ),
  },
];

/** The workspace's sessions: status, deadline with time left, articles by status. */
export function SessionsTable({ sessions, serverNow }: { sessions: Row[]; serverNow: number }) {
  const columns = useMemo(() => columnsAt(serverNow), [serverNow]);
  return (
    <DataTable
      caption="Sessions"
      columns={columns}
      data={sessions}
      getRowId={(s) => s.id}
      rowProps={(s) => ({ "data-testid": "session-row", "data-session-id": s.id })}
      emptyState="No sessions yet. A desk lead gathers articles into a session and hands them out."
    />
  );
}
