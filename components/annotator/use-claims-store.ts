"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { ClaimSync } from "./claim-sync";

export type { EvidenceDraft, SaveStatus } from "./claim-sync";

/** The annotator's claims and their saving, as React state (see ClaimSync). */
export function useClaimsStore(articleId: string, user: { id: string; name: string }, initial: ClaimView[]) {
  const [sync] = useState(() => new ClaimSync(articleId, user, initial));
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot, sync.getSnapshot);

  // Other people's changes: refresh every 15 s while nothing of ours is in flight.
  // A failed refresh stays quiet (the next one retries) unless the claims are
  // known to be out of date, which the annotator already shows; a success clears that.
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible" && sync.pending === 0) void sync.resync().catch(() => {});
    }, 15_000);
    const warn = (event: BeforeUnloadEvent) => {
      if (sync.pending > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      clearInterval(timer);
      window.removeEventListener("beforeunload", warn);
    };
  }, [sync]);

  return {
    ...snapshot,
    canUndo: snapshot.undoLabel !== null,
    resolveId: (id: string | null) => (id ? snapshot.aliases[id] ?? id : null),
    create: sync.create.bind(sync),
    update: sync.update.bind(sync),
    remove: sync.remove.bind(sync),
    confirmText: sync.confirmText.bind(sync),
    restoreDeleted: sync.restoreDeleted,
    addEvidence: sync.addEvidence.bind(sync),
    removeEvidence: sync.removeEvidence.bind(sync),
    undo: sync.undo,
    dismissNotice: sync.dismissNotice,
    resolveConflict: sync.resolveConflict,
    deferConflict: sync.deferConflict,
    reopenConflict: sync.reopenConflict,
    reload: sync.reload,
  };
}
