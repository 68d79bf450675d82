"use client";

import { EditorContent } from "@tiptap/react";
import { Undo2 } from "lucide-react";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createAnchor } from "@/lib/domain/anchoring/selectors";
import { VERDICT_SHORTCUTS } from "@/components/annotator/verdict-shortcuts";
import { VERDICTS, type Verdict } from "@/lib/domain/claims/verdicts";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { ActiveClaim } from "./active-claim";
import { ClaimSidebar } from "./claim-sidebar";
import { ClaimConflictNotice } from "./claim-conflict-notice";
import { ClaimReviewMarks, ClaimVerdictStyles } from "./claim-styles";
import { CorrectionBar } from "./correction-bar";
import { DeletedClaims } from "./deleted-claims";
import { IncomingLinks } from "./incoming-links";
import { SaveStatusIndicator } from "./save-status";
import { SelectionToolbar } from "./selection-toolbar";
import type { LinkView } from "@/lib/server/links/link-view";
import { flashClaim, flashLink, useArticleEditor } from "./use-article-editor";
import { useStoreField } from "./claim-store-hooks";
import type { ClaimSync } from "./claim-sync";
import { useClaimsStore } from "./use-claims-store";
import { SignOffBar } from "@/components/reviews/sign-off-bar";
import { useArticleReview } from "@/components/reviews/use-article-review";
import { PresenceAvatars } from "@/components/realtime/presence-avatars";
import { usePresenceHeartbeat } from "@/components/realtime/use-presence";
import { useWorkspaceEvents } from "@/components/realtime/use-workspace-events";

export interface AnnotatorProps {
  article: { id: string; title: string; header: React.ReactNode };
  revision: { id: string; number: number; doc: Record<string, unknown> };
  claims: ClaimView[];
  canWrite: boolean;
  /** For those who cannot tag: what their role lets them do here (see readOnlyNote). */
  readOnlyNote?: string | null;
  user: { id: string; name: string };
  /** A message to show once, e.g. the outcome of a text correction. */
  flash?: string;
  /** A claim to open and show on arrival (links from other articles point here). */
  focusClaimId?: string;
  /** A linked passage of this article to show on arrival. */
  focusLinkId?: string;
  /** Links from claims in other articles into this one. */
  incomingLinks: LinkView[];
  /** The actor may discuss claims (everyone but viewers). */
  canComment?: boolean;
  /** Members who can be mentioned in a discussion. */
  members?: { id: string; name: string }[];
  /** Loads the article's current revision (after someone corrected the text). */
  onLoadRevision?: () => void;
}

const SHORTCUT_VERDICT = new Map<string, Verdict>(VERDICTS.map((v) => [`Digit${VERDICT_SHORTCUTS[v]}`, v]));

/**
 * The annotator: the article on the left, its claims on the right. The claims
 * live in a store (useClaimsStore) that this component does not read as a
 * whole: the editor, the sidebar's rows and counts, the open claim, the save
 * status and the notices each read their own slice, so a change to one claim
 * (ours or someone else's) re-renders only what shows it.
 */
export function Annotator({ article, revision, claims: initialClaims, canWrite, readOnlyNote, user, flash, focusClaimId, focusLinkId, incomingLinks, canComment = false, members = [], onLoadRevision }: AnnotatorProps) {
  const store = useClaimsStore(article.id, user, initialClaims);
  const { review, reload: reloadReview } = useArticleReview(article.id, store);
  const [reviewed, setReviewed] = useState(0);
  const [activeId, setActiveId] = useState<string | null>(focusClaimId ?? null);
  const [filter, setFilter] = useState<Verdict | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const [message, setMessage] = useState<string | null>(flash ?? null);
  const textRoot = useRef<HTMLDivElement>(null);
  const [editingRationale, setEditingRationale] = useState(false);
  const [newRevision, setNewRevision] = useState<{ number: number; by: string } | null>(null);

  // The open claim by its server id once saved; null when it is gone (deleted here or by someone else).
  const activeClaimId = useStoreField(store, (s) => {
    const id = activeId ? s.aliases[activeId] ?? activeId : null;
    return id && store.getClaim(id) ? id : null;
  });

  const presentClaimId = activeClaimId && !activeClaimId.startsWith("tmp-") ? activeClaimId : null;
  usePresenceHeartbeat({ articleId: article.id, claimId: presentClaimId, editing: Boolean(presentClaimId && editingRationale) });
  // Someone corrected the text: offer the new revision rather than swapping it under the reader.
  useWorkspaceEvents((event) => {
    if (event.type !== "article.text_corrected" || event.articleId !== article.id || event.data.revisionId === revision.id) return;
    setNewRevision({ number: Number(event.data.toRevision), by: event.actor?.name ?? "Someone" });
  });

  const { editor, selectionRange, reset } = useArticleEditor({
    doc: revision.doc,
    revisionId: revision.id,
    claims: store,
    incomingLinks,
    correcting,
    onClaimClick: setActiveId,
    onKeyDown: handleKey,
  });

  function tag(verdict: Verdict) {
    const range = selectionRange();
    if (!range || !canWrite) return;
    try {
      const anchor = createAnchor(range.text, range.start, range.end);
      setActiveId(store.create(revision.id, anchor, verdict));
      editor?.commands.setTextSelection(editor.state.selection.to);
    } catch (error) {
      setMessage((error as Error).message);
    }
  }

  /** Alt+0..3 tags the selection (or re-rates the open claim); Ctrl/Cmd+Z undoes. */
  function handleKey(event: KeyboardEvent): boolean {
    if (correcting) return false;
    const verdict = event.altKey && !event.ctrlKey && !event.metaKey ? SHORTCUT_VERDICT.get(event.code) : undefined;
    if (verdict && canWrite) {
      if (editor && !editor.state.selection.empty) tag(verdict);
      else if (activeClaimId) store.update(activeClaimId, { verdict });
      else return false;
      return true;
    }
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === "z") {
      store.undo();
      return true;
    }
    return false;
  }

  // Arriving with ?claim=…: show it once its highlight is in the text.
  useEffect(() => {
    if (!editor || (!focusClaimId && !focusLinkId)) return;
    const timer = setTimeout(() => {
      if (focusClaimId) flashClaim(textRoot.current, focusClaimId);
      else if (focusLinkId) flashLink(textRoot.current, focusLinkId);
    }, 50);
    return () => clearTimeout(timer);
  }, [editor, focusClaimId, focusLinkId]);

  // Shortcuts also work when focus is in the sidebar.
  const keyHandler = useRef(handleKey);
  useLayoutEffect(() => {
    keyHandler.current = handleKey;
  });
  useEffect(() => {
    const onWindowKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest(".ProseMirror, input, textarea, select")) return;
      if (keyHandler.current(event)) event.preventDefault();
    };
    window.addEventListener("keydown", onWindowKey);
    return () => window.removeEventListener("keydown", onWindowKey);
  }, []);

  const select = useCallback((id: string) => {
    setActiveId(id);
    flashClaim(textRoot.current, id);
  }, []);

  // J / K in the review panel walk the claims in reading order.
  const step = useCallback((delta: number) => {
    const order = store.getOrder().placed;
    if (order.length === 0) return;
    const at = activeClaimId ? order.indexOf(activeClaimId) : -1;
    const next = order[(at + delta + order.length) % order.length];
    if (next) select(next);
  }, [store, activeClaimId, select]);
  const onReviewed = useCallback(() => {
    reloadReview();
    setReviewed((n) => n + 1);
  }, [reloadReview]);
  const onDeleted = useCallback(() => {
    setActiveId(null);
    setMessage("Claim deleted. Undo brings it back, or restore it later from “Deleted claims” under the list.");
  }, []);
  const onBack = useCallback(() => setActiveId(null), []);
  const mentionable = useMemo(() => members.filter((m) => m.id !== user.id), [members, user.id]);
  const footer = useMemo(() => (
    <>
      <IncomingLinks links={incomingLinks} onShow={(linkId) => flashLink(textRoot.current, linkId)} />
      <DeletedClaimsOf store={store} articleId={article.id} canWrite={canWrite} />
    </>
  ), [incomingLinks, store, article.id, canWrite]);

  return (
    <div className="grid h-[calc(100vh-3.5rem)] grid-cols-[minmax(0,1fr)_320px] lg:grid-cols-[minmax(0,1fr)_400px]">
      <ClaimVerdictStyles activeId={activeClaimId} />
      <ClaimReviewMarks reviews={review?.claims} />
      <div className="overflow-y-auto" ref={textRoot}>
        <div className="mx-auto max-w-[72ch] px-6 pb-24 pt-8">
          {article.header}
          <div className="sticky top-0 z-20 -mx-2 mb-6 flex items-center gap-3 border-b border-stone-200 bg-stone-50/95 px-2 py-2 backdrop-blur">
            <SaveStatusOf store={store} />
            <span className="text-xs text-stone-500">Revision {revision.number}</span>
            <PresenceAvatars articleId={article.id} size="sm" />
            <div className="ml-auto flex items-center gap-2">
              {canWrite && !correcting && (
                <>
                  <UndoButton store={store} />
                  <Button variant="outline" size="sm" onClick={() => setCorrecting(true)}>Correct text</Button>
                </>
              )}
            </div>
          </div>
          {review && <SignOffBar review={review} onSigned={reloadReview} />}
          {newRevision && (
            <Alert tone="info" className="mb-4 flex items-center justify-between gap-3" data-testid="new-revision-banner">
              <span>{newRevision.by} corrected the text (revision {newRevision.number}).</span>
              <Button size="sm" variant="outline" onClick={() => (onLoadRevision ? onLoadRevision() : window.location.reload())}>Load the new revision</Button>
            </Alert>
          )}
          <SyncNotices store={store} />
          {message && (
            <Notice tone="info" text={message} onDismiss={() => setMessage(null)}>
              {message === flash && <ChangedWording store={store} onOpen={select} />}
            </Notice>
          )}
          {correcting && editor && (
            <CorrectionBar
              articleId={article.id}
              baseRevisionId={revision.id}
              editor={editor}
              onCancel={() => {
                reset();
                setCorrecting(false);
              }}
            />
          )}
          {!canWrite && readOnlyNote && <p className="mb-4 text-xs text-stone-500" data-testid="read-only-note">{readOnlyNote}</p>}
          <div data-mode={correcting ? "correct" : "read"} className="annotator-shell">
            <EditorContent editor={editor} />
          </div>
          {editor && <SelectionToolbar editor={editor} enabled={canWrite && !correcting} onTag={tag} />}
        </div>
      </div>
      <aside className="overflow-hidden border-l border-stone-200 bg-stone-100/60" aria-label="Claims">
        {activeClaimId ? (
          <ActiveClaim
            store={store}
            claimId={activeClaimId}
            articleId={article.id}
            canWrite={canWrite}
            canComment={canComment}
            members={mentionable}
            badge={review?.claims[activeClaimId]}
            reviewed={reviewed}
            onBack={onBack}
            onDeleted={onDeleted}
            onReviewed={onReviewed}
            onStep={step}
            onEditing={setEditingRationale}
          />
        ) : (
          <ClaimSidebar claims={store} activeId={activeClaimId} filter={filter} onFilter={setFilter} onSelect={select} reviews={review?.claims} footer={footer} />
        )}
      </aside>
    </div>
  );
}

/** "Saved", "Saving…" or the queue while offline: re-renders alone when the save status changes. */
function SaveStatusOf({ store }: { store: ClaimSync }) {
  const status = useStoreField(store, (s) => s.status);
  const queued = useStoreField(store, (s) => s.queued);
  return <SaveStatusIndicator status={status} queued={queued} />;
}

function UndoButton({ store }: { store: ClaimSync }) {
  const label = useStoreField(store, (s) => s.undoLabel);
  return (
    <Button variant="ghost" size="sm" disabled={label === null} onClick={store.undo} title="Undo (Ctrl+Z)">
      <Undo2 className="h-4 w-4" aria-hidden /> Undo{label ? ` ${label}` : ""}
    </Button>
  );
}

/** A refused save, a conflict to settle, or claims that could not be reloaded. */
function SyncNotices({ store }: { store: ClaimSync }) {
  const notice = useStoreField(store, (s) => s.notice);
  const conflict = useStoreField(store, (s) => s.conflict);
  const outOfSync = useStoreField(store, (s) => s.outOfSync);
  return (
    <>
      {notice && <Notice tone="error" text={notice} onDismiss={store.dismissNotice} />}
      <ClaimConflictNotice conflict={conflict} onResolve={store.resolveConflict} onDefer={store.deferConflict} onReopen={store.reopenConflict} />
      {outOfSync && <OutOfSync text={outOfSync} onRetry={store.reload} />}
    </>
  );
}

function DeletedClaimsOf({ store, articleId, canWrite }: { store: ClaimSync; articleId: string; canWrite: boolean }) {
  const claimCount = useStoreField(store, (s) => s.claims.length);
  return <DeletedClaims articleId={articleId} canWrite={canWrite} onRestore={store.restoreDeleted} claimCount={claimCount} />;
}

function Notice({ tone, text, onDismiss, children }: { tone: "error" | "info"; text: string; onDismiss: () => void; children?: React.ReactNode }) {
  return (
    <Alert tone={tone} className="mb-4 flex items-start justify-between gap-3">
      <div className="min-w-0 flex-1 space-y-2"><p>{text}</p>{children}</div>
      <button type="button" onClick={onDismiss} aria-label="Dismiss" className="text-stone-500 hover:text-stone-900">×</button>
    </Alert>
  );
}

/** The correction's summary: each rated claim whose own wording changed, old and new, to open and check. */
function ChangedWording({ store, onOpen }: { store: ClaimSync; onOpen: (id: string) => void }) {
  const claims = useStoreField(store, (s) => s.claims);
  const changed = claims.filter((c) => c.textChange);
  if (changed.length === 0) return null;
  return (
    <ul className="space-y-1.5" data-testid="changed-wording">
      {changed.map((c) => (
        <li key={c.id} className="rounded border border-stone-200 bg-white px-2 py-1.5 text-xs">
          <p><span className="text-stone-500">Was:</span> <del>{c.textChange!.previousText}</del></p>
          <p><span className="text-stone-500">Now:</span> <ins className="no-underline">{c.anchor.quote.exact}</ins></p>
          <button type="button" className="mt-0.5 text-blue-800 underline" onClick={() => onOpen(c.id)}>Check this claim again</button>
        </li>
      ))}
    </ul>
  );
}

/** A refused save whose reload failed too: the claims shown may be stale, so say so until a reload works. */
function OutOfSync({ text, onRetry }: { text: string; onRetry: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  return (
    <Alert tone="error" className="mb-4 space-y-2" data-testid="annotator-out-of-sync">
      <p>{text}</p>
      <div className="flex gap-2">
        <Button size="sm" variant="outline" disabled={busy} onClick={async () => {
          setBusy(true);
          await onRetry();
          setBusy(false);
        }}>
          {busy ? "Reloading…" : "Try again"}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => window.location.reload()}>Reload the page</Button>
      </div>
    </Alert>
  );
}
