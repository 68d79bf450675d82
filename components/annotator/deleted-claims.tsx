"use client";

import { ArchiveRestore } from "lucide-react";
import { useEffect, useState } from "react";
import { useApiResource } from "@/components/links/use-api-resource";
import { Button } from "@/components/ui/button";
import { CollapsibleSection } from "@/components/ui/collapsible-section";
import { DateTime } from "@/components/ui/date-time";
import type { DeletedClaimView } from "@/lib/server/claims/list-deleted-claims";
import { VerdictBadge } from "./verdict-style";

interface Props {
  articleId: string;
  canWrite: boolean;
  /** Brings a deleted claim back (the store adds it to the article). */
  onRestore: (claimId: string) => Promise<void>;
  /** Changes whenever the claims change, so an open list loads again. */
  claimCount: number;
}

/**
 * The article's deleted claims, for anyone on the team and after a reload:
 * what was deleted, by whom and when, with Restore for those who may tag.
 * Loaded when opened.
 */
export function DeletedClaims({ articleId, canWrite, onRestore, claimCount }: Props) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const { data, error: loadError, reload } = useApiResource<{ items: DeletedClaimView[] }>(open ? `/api/v1/articles/${articleId}/claims/deleted` : null);
  const items = data?.items ?? null;
  const error = restoreError ?? loadError;
  // A deletion or restore made here (the claim count moves) shows up in an open list.
  useEffect(() => {
    if (open) reload();
  }, [open, claimCount, reload]);

  async function restore(id: string) {
    setBusy(id);
    setRestoreError(null);
    try {
      await onRestore(id);
    } catch (e) {
      setRestoreError((e as Error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <CollapsibleSection title="Deleted claims" count={items?.length ?? null} open={open} onToggle={setOpen}>
      <div className="max-h-64 overflow-y-auto pt-1" data-testid="deleted-claims">
        {error && <p role="alert" className="px-1 text-xs text-red-800">{error}</p>}
        {items === null && !error && <p className="px-1 text-xs text-stone-500">Loading…</p>}
        {items?.length === 0 && <p className="px-1 text-xs text-stone-500">No claim of this article has been deleted.</p>}
        <ul className="space-y-1">
          {items?.map((c) => (
            <li key={c.id} className="rounded-md border border-stone-200 bg-white px-2 py-1.5 text-xs" data-testid="deleted-claim">
              <div className="mb-1 flex items-center justify-between gap-2">
                <VerdictBadge verdict={c.verdict} />
                {canWrite && (
                  <Button size="sm" variant="outline" className="h-6 px-2 text-xs" disabled={busy !== null} onClick={() => restore(c.id)}>
                    <ArchiveRestore className="h-3 w-3" aria-hidden /> {busy === c.id ? "Restoring…" : "Restore"}
                  </Button>
                )}
              </div>
              <p className="line-clamp-2 font-serif text-[13px] text-stone-700">“{c.exact}”</p>
              <p className="mt-0.5 text-stone-500">Deleted by {c.deletedBy.name} · <DateTime value={c.deletedAt} /></p>
            </li>
          ))}
        </ul>
      </div>
    </CollapsibleSection>
  );
}
