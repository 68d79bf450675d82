"use client";

import Link from "next/link";
import type { MyWork } from "@/lib/server/sessions/list-my-work";
import { ClaimSummary } from "./claim-summary";
import { Deadline } from "./deadline";
import { SessionStatusBadge, WorkStatusBadge } from "./status-badges";
import { WorkMoveButtons, type SetWorkStatus } from "./work-move-buttons";

/** The member's articles, one block per session (nearest deadline first), with their moves. */
export function MyWorkList({ sessions, serverNow, setWorkStatus }: { sessions: MyWork["sessions"]; serverNow: number; setWorkStatus: SetWorkStatus }) {
  if (sessions.length === 0) {
    return <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-8 text-center text-sm text-stone-500">Nothing is assigned to you in an open session.</p>;
  }
  return (
    <div className="space-y-6">
      {sessions.map(({ session, items }) => (
        <section key={session.id} aria-labelledby={`work-${session.id}`} className="space-y-2" data-testid="my-work-session">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h2 id={`work-${session.id}`} className="text-lg font-semibold">
              <Link href={`/sessions/${session.id}`} className="hover:underline">{session.name}</Link>
            </h2>
            <div className="flex flex-wrap items-center gap-3 text-sm text-stone-600">
              <SessionStatusBadge status={session.status} />
              <Deadline value={session.deadline} serverNow={serverNow} />
            </div>
          </div>
          <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white shadow-sm">
            {items.map((item) => (
              <li key={item.id} className="grid gap-3 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_11rem_10rem] sm:items-start" data-testid="my-work-item" data-status={item.status}>
                <div className="min-w-0 space-y-1">
                  <Link href={`/articles/${item.articleId}`} className="font-medium text-stone-900 hover:underline">{item.title}</Link>
                  <p className="text-xs text-stone-500">
                    {item.outlet && <>{item.outlet} · </>}
                    Review: {item.reviewer?.name ?? "nobody yet"}
                    {item.editors.length > 1 && <> · with {item.editors.length - 1} other editor{item.editors.length > 2 ? "s" : ""}</>}
                  </p>
                </div>
                <ClaimSummary counts={item.claimCounts} total={item.claimTotal} label={`Claims of ${item.title}`} />
                <div className="space-y-1.5 sm:justify-self-end sm:text-right">
                  <WorkStatusBadge status={item.status} />
                  <WorkMoveButtons sessionId={item.sessionId} articleId={item.articleId} title={item.title} version={item.version} moves={item.moves} setWorkStatus={setWorkStatus} alignEnd />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
