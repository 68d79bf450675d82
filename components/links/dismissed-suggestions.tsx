"use client";

import { useEffect, useState } from "react";
import { api } from "@/components/annotator/api-client";
import { DateTime } from "@/components/ui/date-time";
import type { DismissedSuggestionView } from "@/lib/server/links/list-dismissed-suggestions";
import { useApiResource } from "./use-api-resource";

interface Props {
  /** The claim's API path: /api/v1/articles/{id}/claims/{claimId}. */
  base: string;
  /** Bumped by the caller after each dismissal or undo, so an open list follows. */
  changes: number;
  /** A dismissal was undone here: the passage may be suggested again. */
  onRestored: () => void;
}

/** The passages dismissed for a claim (who, when), each with Restore; loaded when opened. */
export function DismissedSuggestions({ base, changes, onRestored }: Props) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const list = useApiResource<{ items: DismissedSuggestionView[] }>(open ? `${base}/suggestions/dismissed` : null);
  const { reload } = list;
  useEffect(() => reload(), [changes, reload]);

  async function restore(item: DismissedSuggestionView) {
    setMessage(null);
    try {
      await api("DELETE", `${base}/suggestions/dismissed/${item.id}`);
      setMessage({ error: false, text: `Restored: “${item.text.slice(0, 60)}${item.text.length > 60 ? "…" : ""}” can be suggested again.` });
      onRestored();
    } catch (error) {
      setMessage({ error: true, text: (error as Error).message });
    }
    reload();
  }

  const items = list.data?.items ?? [];
  return (
    <div className="space-y-2" data-testid="dismissed-suggestions">
      <button type="button" className="text-xs text-stone-600 underline hover:text-stone-900" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? "Hide dismissed suggestions" : "Show dismissed suggestions"}
      </button>
      {message && <p role={message.error ? "alert" : "status"} className={message.error ? "text-xs text-red-700" : "text-xs text-stone-700"}>{message.text}</p>}
      {open && list.error && <p role="alert" className="text-xs text-red-700">{list.error}</p>}
      {open && list.data && items.length === 0 && <p className="text-xs text-stone-500">No suggestion was dismissed for this claim.</p>}
      {open && items.length > 0 && (
        <ul className="space-y-2" aria-label="Dismissed suggestions">
          {items.map((item) => (
            <li key={item.id} className="rounded-md border border-dashed border-stone-300 bg-stone-50 p-2.5 text-sm" data-testid="dismissed-suggestion">
              <p className="mb-1 truncate text-xs text-stone-500">{item.article.outlet ?? "—"} · {item.article.title}</p>
              <p className="font-serif leading-snug text-stone-700">{item.text}</p>
              <div className="mt-2 flex items-center justify-between gap-2 text-xs text-stone-500">
                <span>Dismissed by {item.dismissedBy.name}, <DateTime value={item.dismissedAt} /></span>
                <button type="button" className="font-medium text-stone-700 underline hover:text-stone-900" onClick={() => restore(item)}>
                  Restore
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
