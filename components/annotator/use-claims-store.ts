"use client";

import { useEffect, useState } from "react";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { useWorkspaceEvents } from "@/components/realtime/use-workspace-events";
import { ClaimSync } from "./claim-sync";
import { indexedDbOutbox } from "./outbox-store";

export type { EvidenceDraft, SaveStatus } from "./claim-sync";

/**
 * The annotator's claims and their saving (see ClaimSync): one store for the
 * page, which components read in slices (claim-store-hooks), so this hook
 * itself never re-renders its caller. It replays the outbox, applies other
 * people's changes as they arrive and warns before leaving with unsaved ones.
 */
export function useClaimsStore(articleId: string, user: { id: string; name: string }, initial: ClaimView[]): ClaimSync {
  const [sync] = useState(() => new ClaimSync(articleId, user, initial, indexedDbOutbox(articleId, user.id)));
  // Changes a previous page could not save (a reload, a closed laptop) are shown and sent again.
  useEffect(() => {
    void sync.restoreOutbox();
  }, [sync]);

  // Other people's changes arrive live (claims, evidence); after a gap in the stream, reload them all.
  useWorkspaceEvents((event) => void sync.applyRemote(event), {
    onResync: () => {
      if (sync.pending === 0) void sync.resync().catch(() => {});
    },
  });
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (sync.pending > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [sync]);

  return sync;
}
