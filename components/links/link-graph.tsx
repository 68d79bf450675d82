"use client";

import type { Core, ElementDefinition } from "cytoscape";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { VERDICT_STYLE, VerdictBadge } from "@/components/annotator/verdict-style";
import { Card } from "@/components/ui/card";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import { LINK_RELATIONS, LINK_RELATION_LABELS, type LinkRelation } from "@/lib/domain/links/link-input";
import type { LinkGraphView } from "@/lib/server/links/get-link-graph";
import { seededPositions } from "@/lib/domain/graph/seeded-position";
import { separateBoxes } from "@/lib/domain/graph/separate-boxes";
import { ContestedBadge, GraphList } from "./graph-list";
import { RELATION_STYLE } from "./relation-style";

const LINE_STYLE: Record<LinkRelation, "solid" | "dashed" | "dotted"> = { CORROBORATES: "solid", CONTRADICTS: "dashed", SAME_CLAIM: "dotted" };
const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

type Selected = { kind: "article"; id: string; label: string } | { kind: "claim"; id: string; articleId: string; text: string; verdict: Verdict; contested: boolean };

/** A contested claim (its cluster is contradicted or rated both ways): a larger diamond in a red ring, not only a colour. */
const CONTESTED_RING = "#be123c";

/** Moves nodes that the force layout left overlapping (labels included) apart, then fits the drawing. */
function removeOverlaps(cy: Core) {
  const nodes = cy.nodes();
  const boxes = nodes.map((n) => {
    const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
    return { id: n.id(), x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2, w: b.w, h: b.h };
  });
  const placed = new Map(separateBoxes(boxes, 6).map((b) => [b.id, b]));
  cy.batch(() => {
    for (const [i, node] of nodes.toArray().entries()) {
      const to = placed.get(node.id())!;
      const p = node.position();
      node.position({ x: p.x + to.x - boxes[i].x, y: p.y + to.y - boxes[i].y });
    }
  });
  cy.fit(undefined, 20);
}

function elements(graph: LinkGraphView): ElementDefinition[] {
  const linked = new Set(graph.links.flatMap((l) => [l.claimId]));
  const nodes = [
    ...graph.articles.map((a) => `a:${a.id}`),
    ...graph.claims.filter((c) => linked.has(c.id)).map((c) => `c:${c.id}`),
  ];
  // Fixed starting places (from the ids): the force layout then lands the same way on every load.
  const start = seededPositions(nodes);
  return withPositions(start, [
    ...graph.articles.map((a) => ({ data: { id: `a:${a.id}`, label: clip(a.outlet ?? a.title, 28), kind: "article", articleId: a.id, full: a.title } })),
    // Claims without links would only add noise around their article; they are counted on it instead.
    ...graph.claims.filter((c) => linked.has(c.id)).map((c) => ({
      data: { id: `c:${c.id}`, kind: "claim", claimId: c.id, articleId: c.articleId, text: c.exact, verdict: c.verdict, color: VERDICT_STYLE[c.verdict].line, contested: c.contested ? "yes" : "no" },
    })),
    ...graph.claims.filter((c) => linked.has(c.id)).map((c) => ({ data: { id: `in:${c.id}`, source: `c:${c.id}`, target: `a:${c.articleId}`, kind: "in" } })),
    ...graph.links.map((l) => ({
      data: { id: `l:${l.id}`, source: `c:${l.claimId}`, target: `a:${l.targetArticleId}`, kind: "link", color: RELATION_STYLE[l.relation].edge, lineStyle: LINE_STYLE[l.relation] },
    })),
  ]);
}

function withPositions(start: Map<string, { x: number; y: number }>, items: ElementDefinition[]): ElementDefinition[] {
  return items.map((item) => {
    const position = start.get(String(item.data.id));
    return position ? { ...item, position } : item;
  });
}

/** Articles (boxes) and linked claims (dots by verdict) with their links, laid out by cytoscape's force layout. */
export function LinkGraph({ graph }: { graph: LinkGraphView }) {
  const container = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);

  useEffect(() => {
    let cy: Core | undefined;
    let cancelled = false;
    void import("cytoscape").then(({ default: cytoscape }) => {
      if (cancelled || !container.current) return;
      cy = cytoscape({
        container: container.current,
        elements: elements(graph),
        wheelSensitivity: 0.2,
        style: [
          { selector: "node[kind = 'article']", style: { shape: "round-rectangle", "background-color": "#f5f5f4", "border-width": 1, "border-color": "#a8a29e", label: "data(label)", "font-size": 15, "text-valign": "center", "text-halign": "center", width: "label", height: 24, padding: "6px", color: "#1c1917" } },
          { selector: "node[kind = 'claim']", style: { width: 14, height: 14, "background-color": "data(color)", "border-width": 1, "border-color": "#fff" } },
          { selector: "node[kind = 'claim'][contested = 'yes']", style: { shape: "diamond", width: 20, height: 20, "border-width": 3, "border-color": CONTESTED_RING } },
          { selector: "edge[kind = 'in']", style: { width: 1, "line-color": "#d6d3d1", "curve-style": "straight" } },
          { selector: "edge[kind = 'link']", style: { width: 2, "line-color": "data(color)", "line-style": "data(lineStyle)" as never, "target-arrow-shape": "triangle", "target-arrow-color": "data(color)", "curve-style": "bezier" } },
          { selector: ":selected", style: { "border-width": 3, "border-color": "#1c1917" } },
        ],
        layout: { name: "preset" },
      });
      // Compact enough that labels stay legible when 50 articles are fitted into view; what
      // the force layout still leaves overlapping is then moved apart.
      const layout = cy.layout({ name: "cose", animate: false, nodeRepulsion: () => 2500, idealEdgeLength: () => 30, nodeDimensionsIncludeLabels: true, gravity: 1.5, componentSpacing: 20, randomize: false, padding: 20 });
      layout.one("layoutstop", () => {
        if (!cy || cy.destroyed()) return;
        removeOverlaps(cy);
        container.current?.setAttribute("data-layout", "done");
      });
      layout.run();
      cy.on("tap", "node", (event) => {
        const d = event.target.data();
        setSelected(d.kind === "article" ? { kind: "article", id: d.articleId, label: d.full } : { kind: "claim", id: d.claimId, articleId: d.articleId, text: d.text, verdict: d.verdict, contested: d.contested === "yes" });
      });
    });
    return () => {
      cancelled = true;
      cy?.destroy();
    };
  }, [graph]);

  return (
    <>
    <div className="grid gap-4 lg:grid-cols-[1fr_300px]">
      <Card className="relative h-[70vh] overflow-hidden">
        <div ref={container} className="h-full w-full" data-testid="link-graph" aria-label="Graph of articles, claims and links; the same links are listed below the graph" role="img" />
        {graph.links.length === 0 && <p className="absolute inset-x-0 top-6 text-center text-sm text-stone-500">No links yet: link passages from a claim to see them here.</p>}
      </Card>
      <div className="space-y-4 text-sm">
        <Card className="p-3">
          <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-stone-500">Legend</h2>
          <ul className="space-y-1.5">
            <li className="flex items-center gap-2"><span className="inline-block h-4 w-8 rounded border border-stone-400 bg-stone-100" /> Article</li>
            <li className="flex items-center gap-2"><span className="inline-block h-3 w-3 rounded-full bg-stone-500" /> Claim (colour = verdict)</li>
            <li className="flex items-center gap-2">
              <span className="inline-block h-3 w-3 rotate-45 border-2 bg-stone-500" style={{ borderColor: CONTESTED_RING }} /> Contested claim (red-ringed diamond)
            </li>
            {LINK_RELATIONS.map((r) => (
              <li key={r} className="flex items-center gap-2">
                <svg width="32" height="8" aria-hidden><line x1="0" y1="4" x2="32" y2="4" stroke={RELATION_STYLE[r].edge} strokeWidth="2" strokeDasharray={LINE_STYLE[r] === "dashed" ? "6 3" : LINE_STYLE[r] === "dotted" ? "2 3" : undefined} /></svg>
                {LINK_RELATION_LABELS[r]}
              </li>
            ))}
          </ul>
        </Card>
        <Card className="p-3" data-testid="graph-selection">
          {!selected && <p className="text-stone-500">Click an article or a claim.</p>}
          {selected?.kind === "article" && (
            <div className="space-y-2"><p className="font-medium">{selected.label}</p><Link className="underline" href={`/articles/${selected.id}`}>Open the article</Link></div>
          )}
          {selected?.kind === "claim" && (
            <div className="space-y-2">
              <VerdictBadge verdict={selected.verdict} />
              {selected.contested && <ContestedBadge />}
              <p className="font-serif">“{selected.text}”</p>
              <Link className="underline" href={`/articles/${selected.articleId}?claim=${selected.id}`}>Open the claim</Link>
            </div>
          )}
        </Card>
      </div>
    </div>
    <GraphList graph={graph} />
    </>
  );
}
