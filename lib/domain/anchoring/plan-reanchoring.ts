import { reanchorAll } from "@/lib/domain/anchoring/reanchor";
import { fitQuoteEdges } from "@/lib/domain/anchoring/fit-quote-edges";
import { createAnchor, type Anchor } from "@/lib/domain/anchoring/selectors";

/** The anchor columns of a row (claims and link targets share them): UTF-16 offsets into a revision's plain text. */
export interface AnchorColumns {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  orphaned: boolean;
}

/** An anchor as stored in a row. */
export interface AnchoredRow extends AnchorColumns {
  id: string;
}

export interface ReanchorPlan {
  /** Rows placed in the new text, with their new anchors. */
  placed: { id: string; anchor: Anchor }[];
  /** Every row that could not be placed (they keep their last anchor). */
  orphans: string[];
  /** Orphans that were placed before this change (only these need a write). */
  newlyOrphaned: string[];
  /** Placed rows whose own wording changed (a fuzzy placement): the old and the new quote. */
  textChanged: { id: string; before: string; after: string }[];
}

/** The stored columns of a row as a W3C anchor. */
export function rowAnchor(row: Omit<AnchoredRow, "id" | "orphaned">): Anchor {
  return {
    quote: { type: "TextQuoteSelector", exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    position: { type: "TextPositionSelector", start: row.start, end: row.end },
  };
}

/**
 * Decides where each anchored row goes in a corrected text (position, exact
 * quote, then fuzzy match; see reanchor). Pure: the caller writes the plan.
 */
export function planReanchoring(rows: readonly AnchoredRow[], newText: string): ReanchorPlan {
  const results = reanchorAll(rows.map(rowAnchor), newText);
  const plan: ReanchorPlan = { placed: [], orphans: [], newlyOrphaned: [], textChanged: [] };
  rows.forEach((row, i) => {
    const result = results[i];
    if (result.status === "orphan") {
      plan.orphans.push(row.id);
      if (!row.orphaned) plan.newlyOrphaned.push(row.id);
    } else if (result.status === "fuzzy") {
      const { start, end } = fitQuoteEdges(newText, result.start, result.end, row.exact);
      const anchor = createAnchor(newText, start, end);
      plan.placed.push({ id: row.id, anchor });
      if (anchor.quote.exact !== row.exact) plan.textChanged.push({ id: row.id, before: row.exact, after: anchor.quote.exact });
    } else {
      plan.placed.push({ id: row.id, anchor: createAnchor(newText, result.start, result.end) });
    }
  });
  return plan;
}

/** A W3C anchor as the columns a row stores (the inverse of rowAnchor). */
export function anchorColumns(anchor: Anchor): Omit<AnchoredRow, "id" | "orphaned"> {
  return {
    exact: anchor.quote.exact,
    prefix: anchor.quote.prefix,
    suffix: anchor.quote.suffix,
    start: anchor.position.start,
    end: anchor.position.end,
  };
}

/** Placed rows as flat records, for one bulk UPDATE … FROM jsonb_to_recordset. */
export function placedRecords(plan: ReanchorPlan) {
  return plan.placed.map(({ id, anchor }) => ({ id, ...anchorColumns(anchor) }));
}
