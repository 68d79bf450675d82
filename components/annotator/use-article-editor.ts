"use client";

import { useEditor, type Editor, type UseEditorOptions } from "@tiptap/react";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { AnnotationOnly, CLAIMS_META } from "@/lib/editor/annotation-only";
import { ClaimVerdictIndex } from "@/lib/editor/claim-verdict-index";
import { createEditorExtensions } from "@/lib/editor/extensions";
import { LinkTargets, linkTargetsKey, type LinkTarget } from "@/lib/editor/link-targets";
import { withClaimMarks } from "@/lib/editor/mark-claims";
import { buildOffsetMap, type OffsetMap } from "@/lib/editor/plain-text";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import type { LinkView } from "@/lib/server/links/link-view";
import { sameLayout } from "./claim-order";
import { claimRanges, wantedMarks } from "./wanted-marks";

/** Where the editor reads the claims to mark (a ClaimStore): it follows changes itself, without re-rendering anything. */
export interface ClaimSource {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => { claims: readonly ClaimView[] };
  getClaim: (id: string) => ClaimView | null;
}

interface Options {
  doc: Record<string, unknown>;
  revisionId: string;
  claims: ClaimSource;
  /** Links from claims in other articles into this one, shown as markers. */
  incomingLinks?: readonly LinkView[];
  correcting: boolean;
  onClaimClick: (claimId: string) => void;
  onKeyDown: (event: KeyboardEvent) => boolean;
}

/**
 * The article editor: the revision's document, read-only unless correcting
 * (only claim-mark transactions pass), with claim marks kept in step with the
 * claims by diffing what is applied against what is wanted. It listens to the
 * claims' store itself: a re-rating sets one attribute on that claim's spans
 * (no React render, no transaction); marks are diffed only when claims come,
 * go or move.
 */
export function useArticleEditor({ doc, revisionId, claims: store, incomingLinks = [], correcting, onClaimClick, onKeyDown }: Options) {
  // ProseMirror keeps the callbacks it was created with; these refs give it the latest ones.
  const correctingRef = useRef(correcting);
  const handlers = useRef({ onClaimClick, onKeyDown });
  useLayoutEffect(() => {
    correctingRef.current = correcting;
    handlers.current = { onClaimClick, onKeyDown };
  });
  // Claims present when the article opens are marked before the first render.
  const [initial] = useState(() => openDocument(doc, store.getSnapshot().claims, revisionId));
  // Each claim span carries its verdict; a re-rating touches that claim's spans only.
  const [verdicts] = useState(() => {
    const index = new ClaimVerdictIndex();
    index.sync(store.getSnapshot().claims);
    return index;
  });
  // Built from the same document as the editor's, so it holds the same positions.
  const map = useRef<OffsetMap | null>(initial.offsets);
  /** Claim id -> "start:end" of the claim marks in the document. */
  const applied = useRef(new Map(initial.applied));
  const [generation, setGeneration] = useState(0);

  // The options are built once: useEditor compares them on every render and, when any differs
  // (a fresh extension list, a fresh editorProps object), re-applies them to the view, which
  // costs every re-render of the annotator (a re-rating renders it several times).
  // The refs are read when ProseMirror calls back (after render); the compiler cannot tell.
  // eslint-disable-next-line react-hooks/refs
  const [options] = useState<UseEditorOptions>(() => ({
    immediatelyRender: false,
    // The core "delete" extension re-scans every change for deleted content: quadratic with thousands of claim marks, and unused here.
    enableCoreExtensions: { delete: false } as const,
    content: initial.content,
    extensions: createEditorExtensions({
      claim: { verdicts },
      extra: [
        AnnotationOnly.configure({ canEditText: () => correctingRef.current }),
        LinkTargets,
      ],
    }),
    editorProps: {
      attributes: { class: "annotator-text", "aria-label": "Article text", spellcheck: "false", "data-testid": "article-text" },
      handleKeyDown: (_view, event) => handlers.current.onKeyDown(event),
      handleClick: (view, pos) => {
        if (correctingRef.current) return false;
        const $pos = view.state.doc.resolve(pos);
        const ids = [...$pos.marks(), ...($pos.nodeAfter?.marks ?? [])]
          .filter((m) => m.type.name === "claim")
          .map((m) => m.attrs.claimId as string);
        if (ids.length === 0) return false;
        // Innermost claim first: the shortest one under the pointer.
        const byLength = (id: string) => {
          const c = store.getClaim(id);
          return c ? c.anchor.position.end - c.anchor.position.start : Infinity;
        };
        handlers.current.onClaimClick(ids.sort((a, b) => byLength(a) - byLength(b))[0]);
        return false;
      },
    },
  }));
  const editor = useEditor(options);

  /** The claims list the marks were last diffed against (null: diff again). */
  const marked = useRef<readonly ClaimView[] | null>(null);
  // Keep verdicts and marks in step with the claims, as the store changes (marks never while the text is being corrected).
  useEffect(() => {
    if (!editor) return;
    const follow = () => {
      const claims = store.getSnapshot().claims;
      // Before the marks, so spans drawn for new claims find their verdict.
      verdicts.sync(claims);
      if (correcting || (marked.current && sameLayout(marked.current, claims))) return;
      marked.current = claims;
      syncMarks(editor, claims, revisionId, map, applied.current);
    };
    marked.current = null;
    follow();
    return store.subscribe(follow);
  }, [editor, store, verdicts, revisionId, correcting, generation]);

  /** Throws away unsaved corrections: the revision's text comes back and marks are re-applied. */
  const reset = useCallback(() => {
    if (!editor) return;
    const fresh = openDocument(doc, store.getSnapshot().claims, revisionId);
    editor.chain().setMeta(CLAIMS_META, true).setMeta("addToHistory", false).setContent(fresh.content, { emitUpdate: false }).run();
    map.current = fresh.offsets;
    applied.current = fresh.applied;
    setGeneration((g) => g + 1);
  }, [editor, store, doc, revisionId]);

  // Markers for passages that other articles' claims link to.
  useEffect(() => {
    if (!editor || correcting) return;
    map.current ??= buildOffsetMap(editor.state.doc);
    const offsets = map.current;
    const targets: LinkTarget[] = incomingLinks
      .filter((l) => !l.target.orphaned && l.target.revisionId === revisionId)
      .map((l) => ({
        linkId: l.id,
        ...offsets.textRangeToPositions(l.target.anchor.position.start, l.target.anchor.position.end),
        relation: l.relation,
        href: `/articles/${l.source.article.id}?claim=${l.source.claimId}`,
        sourceLabel: `“${l.source.exact.slice(0, 80)}” in ${l.source.article.outlet ? `${l.source.article.outlet}, ` : ""}${l.source.article.title}`,
      }));
    editor.view.dispatch(editor.state.tr.setMeta(linkTargetsKey, targets).setMeta("addToHistory", false));
  }, [editor, incomingLinks, revisionId, correcting, generation]);

  /** Text range of the current selection, or null when nothing is selected. */
  const selectionRange = useCallback(() => {
    if (!editor) return null;
    const { from, to, empty } = editor.state.selection;
    if (empty) return null;
    map.current ??= buildOffsetMap(editor.state.doc);
    return { ...map.current.positionsToTextRange(from, to), text: map.current.text };
  }, [editor]);

  return { editor: editor as Editor | null, selectionRange, reset };
}

/** Adds and removes claim marks so that the document shows exactly the claims wanted (one transaction, only when something differs). */
function syncMarks(editor: Editor, claims: readonly ClaimView[], revisionId: string, map: { current: OffsetMap | null }, applied: Map<string, string>) {
  map.current ??= buildOffsetMap(editor.state.doc);
  const type = editor.schema.marks.claim;
  const wanted = wantedMarks(claims, revisionId);
  const tr = editor.state.tr;
  for (const [id, key] of applied) {
    if (wanted.get(id) !== key) {
      tr.removeMark(0, tr.doc.content.size, type.create({ claimId: id }));
      applied.delete(id);
    }
  }
  for (const [id, key] of wanted) {
    if (applied.has(id)) continue;
    const [start, end] = key.split(":").map(Number);
    const { from, to } = map.current.textRangeToPositions(start, end);
    if (to > from) tr.addMark(from, to, type.create({ claimId: id }));
    applied.set(id, key);
  }
  if (tr.docChanged) editor.view.dispatch(tr.setMeta(CLAIMS_META, true).setMeta("addToHistory", false));
}

/** The revision's document with the claims it shows already marked (one pass), which claims those are, and its offset map. */
function openDocument(doc: Record<string, unknown>, claims: readonly ClaimView[], revisionId: string) {
  const applied = wantedMarks(claims, revisionId);
  return { ...withClaimMarks(doc, claimRanges(applied)), applied };
}

/** Scrolls the first element matching `selector` into view and flashes all of them. */
function flash(root: HTMLElement | null, selector: string) {
  const spans = root?.querySelectorAll<HTMLElement>(selector);
  if (!spans || spans.length === 0) return;
  spans[0].scrollIntoView({ block: "center", behavior: "smooth" });
  for (const span of spans) {
    span.classList.remove("claim-flash");
    void span.offsetWidth; // restart the animation
    span.classList.add("claim-flash");
  }
}

/** Scrolls a claim's text into view and flashes it. */
export const flashClaim = (root: HTMLElement | null, claimId: string) => flash(root, `[data-claim-id="${CSS.escape(claimId)}"]`);

/** Scrolls a linked passage (a link target in this article) into view and flashes it. */
export const flashLink = (root: HTMLElement | null, linkId: string) => flash(root, `[data-link-id="${CSS.escape(linkId)}"]`);
