import type { MarkType, Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";

import { CLAIMS_META } from "@/lib/editor/annotation-only";

export const claimPasteGuardKey = new PluginKey("claimPasteGuard");

/** ProseMirror's `uiEvent` meta on transactions that insert content from the clipboard or a drag. */
const INSERTING_EVENTS = new Set(["paste", "drop"]);

interface Range {
  from: number;
  to: number;
}

/**
 * Drops claim marks that a paste or drop would duplicate, as Outline's
 * comment mark does. A claim mark stores only the claim id, so copying a
 * claim's text and pasting it elsewhere would otherwise make a second place
 * that claims to be the same claim. A pasted claim mark survives only when
 * its claim appears nowhere else in the document: cutting text and pasting
 * it (or dragging it) moves the claim with the text; copying never clones it.
 * Other claims on the pasted text are left alone.
 */
export function claimPasteGuard(type: MarkType): Plugin {
  return new Plugin({
    key: claimPasteGuardKey,
    appendTransaction(transactions, _oldState, state) {
      const inserted = insertedRanges(transactions);
      if (inserted.length === 0) return null;
      const pasted = claimIdsIn(state.doc, inserted, type);
      if (pasted.size === 0) return null;
      const duplicated = claimIdsOutside(state.doc, inserted, type, pasted);
      if (duplicated.size === 0) return null;
      const tr = state.tr;
      for (const claimId of duplicated) {
        // A Mark instance (not the type): only this claim's mark goes.
        const mark = type.create({ claimId });
        for (const r of inserted) tr.removeMark(r.from, r.to, mark);
      }
      return tr.setMeta(CLAIMS_META, true);
    },
  });
}

/** Where pastes and drops put content, as ranges of the document after all `transactions`. */
function insertedRanges(transactions: readonly Transaction[]): Range[] {
  let ranges: Range[] = [];
  for (const tr of transactions) {
    // Content inserted by an earlier transaction moves with later ones.
    ranges = ranges.map((r) => ({ from: tr.mapping.map(r.from, 1), to: tr.mapping.map(r.to, -1) }));
    if (!INSERTING_EVENTS.has(tr.getMeta("uiEvent"))) continue;
    tr.mapping.maps.forEach((map, index) => {
      const later = tr.mapping.slice(index + 1);
      map.forEach((_oldFrom, _oldTo, from, to) => {
        if (to > from) ranges.push({ from: later.map(from, 1), to: later.map(to, -1) });
      });
    });
  }
  return ranges.filter((r) => r.to > r.from);
}

/** Ids of the claims marked anywhere inside `ranges`. */
function claimIdsIn(doc: ProseMirrorNode, ranges: readonly Range[], type: MarkType): Set<string> {
  const ids = new Set<string>();
  for (const r of ranges) {
    doc.nodesBetween(r.from, r.to, (node) => {
      for (const mark of node.marks) if (mark.type === type) ids.add(mark.attrs.claimId as string);
      return true;
    });
  }
  return ids;
}

/** Which of `ids` are also marked on text that lies (at least partly) outside `ranges`. */
function claimIdsOutside(doc: ProseMirrorNode, ranges: readonly Range[], type: MarkType, ids: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const inside = (from: number, to: number) => ranges.some((r) => r.from <= from && to <= r.to);
  doc.descendants((node, pos) => {
    if (found.size === ids.size) return false;
    if (!node.isInline) return true;
    if (inside(pos, pos + node.nodeSize)) return false;
    for (const mark of node.marks) {
      if (mark.type === type && ids.has(mark.attrs.claimId as string)) found.add(mark.attrs.claimId as string);
    }
    return false;
  });
  return found;
}
