import { describe, expect, it } from "vitest";
import { boxesOverlap, separateBoxes, type Box } from "@/lib/domain/graph/separate-boxes";
import { seededPositions } from "@/lib/domain/graph/seeded-position";

/** Every pair of boxes that overlaps (none, when the layout is good). */
function overlapping(boxes: readonly Box[]) {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i], boxes[j])) pairs.push(`${boxes[i].id}/${boxes[j].id}`);
  }
  return pairs;
}

/** 50 article boxes (labels of up to 28 characters at 15 px) and two linked claims each, where the force layout starts them. */
function graphAt50() {
  const articles = Array.from({ length: 50 }, (_, i) => ({ id: `a:${i}`, w: 60 + ((i * 37) % 150), h: 36 }));
  const claims = Array.from({ length: 100 }, (_, i) => ({ id: `c:${i}`, w: 16, h: 16 }));
  const start = seededPositions([...articles, ...claims].map((n) => n.id), 30);
  return [...articles, ...claims].map((n) => ({ ...n, ...start.get(n.id)! }));
}

describe("separateBoxes", () => {
  it("leaves no two nodes overlapping at 50 articles and their claims, and stays compact", () => {
    const start = graphAt50();
    expect(overlapping(start).length).toBeGreaterThan(0);
    const placed = separateBoxes(start);
    expect(overlapping(placed)).toEqual([]);
    // Moved apart, not flung away: the drawing stays within a few times the area the boxes need.
    const xs = placed.flatMap((b) => [b.x - b.w / 2, b.x + b.w / 2]);
    const ys = placed.flatMap((b) => [b.y - b.h / 2, b.y + b.h / 2]);
    const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    const needed = placed.reduce((sum, b) => sum + (b.w + 4) * (b.h + 4), 0);
    expect(area).toBeLessThan(needed * 6);
  });

  it("separates even boxes that all start on one spot, and always the same way", () => {
    const stacked = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, x: 0, y: 0, w: 20 + (i % 5) * 30, h: 24 }));
    const one = separateBoxes(stacked);
    expect(overlapping(one)).toEqual([]);
    expect(separateBoxes(stacked)).toEqual(one);
  });

  it("keeps boxes that do not overlap where they are", () => {
    const apart = [{ id: "a", x: 0, y: 0, w: 10, h: 10 }, { id: "b", x: 100, y: 0, w: 10, h: 10 }];
    expect(separateBoxes(apart)).toEqual(apart);
  });

  it("falls back to a sweep that separates whatever the pushes left", () => {
    const stacked = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, x: 0, y: 0, w: 50, h: 20 }));
    expect(overlapping(separateBoxes(stacked, 4, 0))).toEqual([]);
  });
});
