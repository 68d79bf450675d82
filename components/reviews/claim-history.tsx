"use client";

import { useState } from "react";
import { api } from "@/components/annotator/api-client";
import { DateTime } from "@/components/ui/date-time";
import type { HistoryEntry } from "@/lib/server/reviews/list-history";

/** A claim's history (changes, reviews, discussion), newest first, loaded when opened. */
export function ClaimHistory({ articleId, claimId }: { articleId: string; claimId: string }) {
  const [items, setItems] = useState<HistoryEntry[] | null>(null);
  return (
    <details
      className="text-sm"
      onToggle={(e) => {
        if ((e.target as HTMLDetailsElement).open) api<{ items: HistoryEntry[] }>("GET", `/api/v1/articles/${articleId}/history?claimId=${encodeURIComponent(claimId)}`).then((r) => setItems(r.items), () => setItems([]));
      }}
    >
      <summary className="cursor-pointer select-none text-xs font-semibold uppercase tracking-wide text-stone-500">History</summary>
      {items === null ? (
        <p className="mt-1 text-xs text-stone-500">Loading…</p>
      ) : (
        <HistoryList items={items} />
      )}
    </details>
  );
}

/** History entries as sentences with their time. */
export function HistoryList({ items }: { items: HistoryEntry[] }) {
  if (items.length === 0) return <p className="mt-1 text-xs text-stone-500">Nothing yet.</p>;
  return (
    <ol className="mt-1 space-y-1" data-testid="history">
      {items.map((item) => (
        <li key={item.id} className="text-xs text-stone-700">
          {item.sentence} <span className="text-stone-400">· <DateTime value={item.createdAt} /></span>
        </li>
      ))}
    </ol>
  );
}
