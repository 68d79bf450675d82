"use client";

import Link from "next/link";
import { TimeAgo } from "@/components/ui/time-ago";
import type { SessionActivityItem } from "@/lib/server/sessions/list-session-activity";

/**
 * The session's newest activity, newest first, as sentences built from the
 * audit trail ("Ana rated ‘China understands…’ disputed", 12 s ago). Claim,
 * evidence and link events name their article under the sentence.
 */
export function ActivityFeed({ items, serverNow }: { items: SessionActivityItem[]; serverNow: number }) {
  return (
    <section aria-labelledby="activity-heading" className="rounded-lg border border-stone-200 bg-white shadow-sm">
      <h2 id="activity-heading" className="border-b border-stone-100 px-4 py-3 text-base font-semibold">Activity</h2>
      {items.length === 0 ? (
        <p className="px-4 py-6 text-sm text-stone-500">Nothing has happened in this session yet.</p>
      ) : (
        <ol className="max-h-[32rem] divide-y divide-stone-100 overflow-y-auto" data-testid="activity-feed">
          {items.map((item) => (
            <li key={item.id} className="space-y-0.5 px-4 py-2.5 text-sm">
              <p className="text-stone-800">{item.sentence}</p>
              <p className="flex flex-wrap gap-x-1.5 text-xs text-stone-500">
                {item.articleId && item.articleTitle && !item.action.startsWith("session.") && (
                  <>
                    <Link href={`/articles/${item.articleId}${item.claimId ? `?claim=${item.claimId}` : ""}`} className="max-w-56 truncate hover:underline">
                      in {item.articleTitle}
                    </Link>
                    <span aria-hidden>·</span>
                  </>
                )}
                <TimeAgo value={item.createdAt} serverNow={serverNow} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
