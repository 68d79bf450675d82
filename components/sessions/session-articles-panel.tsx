"use client";

import Link from "next/link";
import { useMemo, useState, useTransition } from "react";
import { PresenceAvatars } from "@/components/realtime/presence-avatars";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { WORK_STATUSES } from "@/lib/domain/sessions/work-status";
import type { ActionResult } from "@/lib/http/action-result";
import type { SessionDashboard } from "@/lib/server/sessions/get-session";
import { AssignDialog, type AssignArticles, type AssignChoices, type AssignPreset } from "./assign-dialog";
import { ClaimSummary } from "./claim-summary";
import { WorkStatusBadge } from "./status-badges";
import { WorkMoveButtons, type SetWorkStatus } from "./work-move-buttons";

type Row = SessionDashboard["articles"][number];

interface Props {
  sessionId: string;
  articles: Row[];
  canAssign: boolean;
  choices: AssignChoices;
  assign: AssignArticles;
  remove: (sessionId: string, articleId: string) => Promise<ActionResult<null>>;
  setWorkStatus: SetWorkStatus;
}

/**
 * The session's articles: who is on each, presence, work status with the
 * reader's moves, claims per verdict with progress; desk leads assign many at
 * once, reassign one, or take one out (after a confirmation). Dialog and sort
 * state live here, so a live refresh of the page keeps them.
 */
export function SessionArticlesPanel({ sessionId, articles, canAssign, choices, assign, remove, setWorkStatus }: Props) {
  const [assigning, setAssigning] = useState<AssignPreset | null>(null);
  const [removing, setRemoving] = useState<Row | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const columns = useMemo<DataTableColumn<Row>[]>(() => {
    const all: DataTableColumn<Row>[] = [
      {
        id: "title",
        accessorKey: "title",
        header: "Article",
        sortDescFirst: false,
        meta: { className: "min-w-52", rowHeader: true },
        cell: ({ row: { original: a } }) => (
          <div className="space-y-1">
            <Link href={`/articles/${a.articleId}`} className="font-medium text-stone-900 hover:underline">{a.title}</Link>
            {a.outlet && <div className="text-xs text-stone-500">{a.outlet}</div>}
            <PresenceAvatars sessionId={sessionId} articleId={a.articleId} size="sm" />
          </div>
        ),
      },
      {
        id: "status",
        accessorFn: (a) => WORK_STATUSES.indexOf(a.status),
        header: "Status",
        meta: { className: "min-w-36" },
        cell: ({ row: { original: a } }) => (
          <div className="space-y-1.5">
            <WorkStatusBadge status={a.status} />
            <WorkMoveButtons sessionId={sessionId} articleId={a.articleId} title={a.title} version={a.version} moves={a.moves} setWorkStatus={setWorkStatus} />
          </div>
        ),
      },
      {
        id: "assigned",
        accessorFn: (a) => a.editors.map((e) => e.name).join(", "),
        header: "Assigned",
        meta: { className: "min-w-44" },
        cell: ({ row: { original: a } }) => (
          <dl className="space-y-0.5 text-xs">
            <div><dt className="inline text-stone-500">Editing: </dt><dd className="inline text-stone-800">{a.editors.map((e) => e.name).join(", ") || "nobody"}</dd></div>
            <div><dt className="inline text-stone-500">Review: </dt><dd className="inline text-stone-800">{a.reviewer?.name ?? "nobody yet"}</dd></div>
            {a.doubleCheck && (
              <div data-testid="double-check">
                <dt className="inline text-stone-500">Double check: </dt>
                <dd className="inline text-stone-800">
                  {a.checksDone.length === a.editors.length ? (
                    <Link href={`/sessions/${sessionId}/disagreements?article=${a.articleId}`} className="text-sky-800 underline">all done: settle differences</Link>
                  ) : (
                    `${a.checksDone.length} of ${a.editors.length} done`
                  )}
                </dd>
              </div>
            )}
          </dl>
        ),
      },
      {
        id: "claims",
        accessorFn: (a) => a.claimProgress.percent,
        header: "Claims",
        sortDescFirst: true,
        cell: ({ row: { original: a } }) => (
          <div className="space-y-1">
            <ClaimSummary counts={a.claimCounts} total={a.claimTotal} label={`Claims of ${a.title}`} />
            {a.claimTotal > 0 && (
              <p className="text-xs tabular-nums text-stone-500" data-testid="review-count">
                {a.review.approved} of {a.claimTotal} approved{a.review.signedOff ? " · signed off" : ""}
              </p>
            )}
          </div>
        ),
      },
    ];
    if (!canAssign) return all;
    return [
      ...all,
      {
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        enableSorting: false,
        meta: { className: "text-right" },
        cell: ({ row: { original: a } }) => (
          <div className="flex justify-end gap-1">
            <Button size="sm" variant="ghost" aria-label={`Reassign ${a.title}`} onClick={() => setAssigning({ articleIds: [a.articleId], editorIds: a.editors.map((e) => e.id), reviewerId: a.reviewer?.id ?? null, doubleCheck: a.doubleCheck })}>
              Reassign
            </Button>
            <Button size="sm" variant="ghost" className="text-red-700" aria-label={`Remove ${a.title} from the session`} onClick={() => { setRemoveError(null); setRemoving(a); }}>
              Remove
            </Button>
          </div>
        ),
      },
    ];
  }, [canAssign, sessionId, setWorkStatus]);

  return (
    <section aria-labelledby="session-articles-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="session-articles-heading" className="text-lg font-semibold">Articles</h2>
        {canAssign && <Button size="sm" onClick={() => setAssigning({ articleIds: [], editorIds: [], reviewerId: null })}>Assign articles</Button>}
      </div>
      <DataTable
        caption="Articles in this session"
        columns={columns}
        data={articles}
        getRowId={(a) => a.id}
        rowProps={(a) => ({ "data-testid": "session-article", "data-article-id": a.articleId, "data-status": a.status })}
        emptyState={canAssign ? "No articles yet: assign some to get the session going." : "No articles in this session yet."}
        pageSize={50}
      />
      {assigning && <AssignDialog sessionId={sessionId} preset={assigning} onClose={() => setAssigning(null)} assign={assign} {...choices} />}
      <ConfirmDialog
        open={removing !== null}
        title="Take this article out of the session?"
        description={removing ? `“${removing.title}” leaves the session with its assignment and status. The article and its claims stay in the workspace.` : undefined}
        confirmLabel={pending ? "Removing…" : "Remove from session"}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          startTransition(async () => {
            if (!removing) return;
            const result = await remove(sessionId, removing.articleId);
            if (result.ok) setRemoving(null);
            else setRemoveError(result.error.message);
          })
        }
      >
        {removeError && <Alert>{removeError}</Alert>}
      </ConfirmDialog>
    </section>
  );
}
