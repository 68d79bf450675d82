"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { useWorkspaceEvents } from "@/components/realtime/use-workspace-events";
import { ClaimSync } from "./claim-sync";
import { indexedDbOutbox } from "./outbox-store";

export type { EvidenceDraft, SaveStatus } from "./claim-sync";

/** The annotator's claims and their saving, as React state (see ClaimSync). */
export function useClaimsStore(articleId: string, user: { id: string; name: string }, initial: ClaimView[]) {
  const [sync] = useState(() => new ClaimSync(articleId, user, initial, indexedDbOutbox(articleId, user.id)));
  // Changes a previous page could not save (a reload, a closed laptop) are shown and sent again.
  useEffect(() => {
    void sync.restoreOutbox();
  }, [sync]);
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot, sync.getSnapshot);

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
