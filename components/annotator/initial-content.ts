import type { JSONContent } from "@tiptap/react";
import type { ClaimView } from "@/lib/server/claims/claim-view";

/** Which claims a document shows, as claim id -> "start:end" (text offsets). */
export function wantedMarks(claims: readonly ClaimView[], revisionId: string): Map<string, string> {
  return new Map(
    claims
      .filter((c) => !c.orphaned && c.revisionId === revisionId)
      .map((c) => [c.id, `${c.anchor.position.start}:${c.anchor.position.end}`]),
  );
}

interface Range {
  id: string;
  start: number;
  end: number;
}

const TEXTBLOCKS = new Set(["paragraph", "heading"]);

/**
 * Splits one text node at the claim boundaries inside [offset, offset + length)
 * and adds a claim mark for every claim covering each piece.
 */
function markText(node: JSONContent, offset: number, active: Range[]): JSONContent[] {
  const text = node.text ?? "";
  const end = offset + text.length;
  const here = active.filter((r) => r.start < end && r.end > offset);
  if (here.length === 0) return [node];
  const cuts = new Set([offset, end]);
  for (const r of here) {
    if (r.start > offset) cuts.add(r.start);
    if (r.end < end) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: JSONContent[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const claims = here.filter((r) => r.start <= from && r.end >= to).map((r) => ({ type: "claim", attrs: { claimId: r.id } }));
    const marks = [...(node.marks ?? []), ...claims];
    pieces.push({ ...node, text: text.slice(from - offset, to - offset), ...(marks.length ? { marks } : {}) });
  }
  return pieces;
}

/** A hard break inside a claim carries the claim's mark, as ProseMirror's addMark gives it. */
function markBreak(node: JSONContent, offset: number, active: Range[]): JSONContent {
  const claims = active.filter((r) => r.start <= offset && r.end >= offset + 1).map((r) => ({ type: "claim", attrs: { claimId: r.id } }));
  return claims.length ? { ...node, marks: [...(node.marks ?? []), ...claims] } : node;
}

/**
 * The revision's document with its claims already marked, so the editor
 * renders the article once instead of rendering it and then re-rendering
 * every marked paragraph. One pass over the JSON: text offsets follow
 * docToPlainText (textblocks separated by "\n\n", a hard break is "\n").
 */
export function withClaimMarks(doc: Record<string, unknown>, claims: readonly ClaimView[], revisionId: string) {
  const applied = wantedMarks(claims, revisionId);
  const ranges: Range[] = [...applied].map(([id, key]) => {
    const [start, end] = key.split(":").map(Number);
    return { id, start, end };
  }).sort((a, b) => a.start - b.start);
  let offset = 0;
  let first = true;
  let next = 0;
  let active: Range[] = [];

  const visit = (node: JSONContent): JSONContent => {
    if (!TEXTBLOCKS.has(node.type ?? "")) {
      return node.content ? { ...node, content: node.content.map(visit) } : node;
    }
    if (!first) offset += 2;
    first = false;
    const content: JSONContent[] = [];
    for (const child of node.content ?? []) {
      const length = child.type === "text" ? (child.text?.length ?? 0) : child.type === "hardBreak" ? 1 : 0;
      const end = offset + length;
      while (next < ranges.length && ranges[next].start < end) active.push(ranges[next++]);
      active = active.filter((r) => r.end > offset);
      if (child.type === "text") content.push(...markText(child, offset, active));
      else if (child.type === "hardBreak") content.push(markBreak(child, offset, active));
      else content.push(child);
      offset = end;
    }
    return node.content ? { ...node, content } : node;
  };
  return { content: visit(doc as JSONContent), applied };
}
