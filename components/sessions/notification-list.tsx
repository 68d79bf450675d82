"use client";

import Link from "next/link";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TimeAgo } from "@/components/ui/time-ago";
import type { ActionResult } from "@/lib/http/action-result";
import type { NotificationList as Notifications } from "@/lib/server/notifications/list-notifications";
import { cn } from "@/lib/utils";

interface Props {
  notifications: Notifications;
  serverNow: number;
  markRead: (ids: string[] | "all") => Promise<ActionResult<{ marked: number }>>;
}

/** What the member was told (assignments, hand-overs), newest first; unread ones marked "New". */
export function NotificationList({ notifications, serverNow, markRead }: Props) {
  const [pending, startTransition] = useTransition();
  if (notifications.items.length === 0) return null;
  return (
    <section aria-labelledby="notifications-heading" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="notifications-heading" className="text-lg font-semibold">
          For you {notifications.unread > 0 && <span className="text-sm font-normal text-stone-500" data-testid="unread-count">({notifications.unread} new)</span>}
        </h2>
        {notifications.unread > 0 && (
          <Button size="sm" variant="outline" disabled={pending} onClick={() => startTransition(async () => void (await markRead("all")))}>
            Mark all as read
          </Button>
        )}
      </div>
      <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white shadow-sm" data-testid="notifications">
        {notifications.items.map((n) => (
          <li key={n.id} className={cn("grid grid-cols-[minmax(0,1fr)_auto] items-baseline gap-x-3 px-4 py-2.5 text-sm", !n.readAt && "bg-sky-50/60")}>
            <span className="min-w-0">
              {!n.readAt && <span className="mr-1.5 rounded bg-sky-700 px-1.5 py-0.5 text-[11px] font-semibold uppercase tracking-wide text-white">New</span>}
              <Link href={n.href} className="text-stone-800 hover:underline" onClick={() => { if (!n.readAt) void markRead([n.id]); }}>
                {n.text}
              </Link>
            </span>
            <TimeAgo value={n.createdAt} serverNow={serverNow} className="whitespace-nowrap text-xs text-stone-500" />
          </li>
        ))}
      </ul>
    </section>
  );
}
