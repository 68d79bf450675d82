/** A node drawn as a box: its centre and size. */
export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How far two boxes reach into each other along each axis (positive on both: they overlap). */
function overlap(a: Box, b: Box, gap: number) {
  return { x: (a.w + b.w) / 2 + gap - Math.abs(b.x - a.x), y: (a.h + b.h) / 2 + gap - Math.abs(b.y - a.y) };
}

/** True when two boxes, kept `gap` apart, would touch or overlap. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  const o = overlap(a, b, gap);
  return o.x > 0 && o.y > 0;
}

/** Golden angle: ties (boxes on one centre) part in directions spread around the circle, fixed by their order. */
const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/**
 * One round of pushing every overlapping pair apart along the line through
 * their centres, each half the way that separates them; true if anything
 * moved. Pushing along the centre line spreads a crowded cluster outwards
 * (pushing along the shorter overlap jams in dense clusters).
 */
function pushApart(boxes: Box[], gap: number): boolean {
  let moved = false;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const o = overlap(a, b, gap);
      // (A hair of tolerance: floating-point leftovers are not overlap.)
      if (o.x <= 1e-6 || o.y <= 1e-6) continue;
      moved = true;
      let dx = b.x - a.x;
      let dy = b.y - a.y;
      if (dx === 0 && dy === 0) [dx, dy] = [Math.cos(j * GOLDEN), Math.sin(j * GOLDEN)];
      const length = Math.hypot(dx, dy);
      const [ux, uy] = [dx / length, dy / length];
      // Along (ux, uy), the pair separates once either axis has room: the nearer of the two.
      const along = Math.min(Math.abs(ux) > 1e-9 ? o.x / Math.abs(ux) : Infinity, Math.abs(uy) > 1e-9 ? o.y / Math.abs(uy) : Infinity);
      const step = along / 2 + 1e-3;
      a.x -= ux * step;
      a.y -= uy * step;
      b.x += ux * step;
      b.y += uy * step;
    }
  }
  return moved;
}

/**
 * A last resort that always ends overlap-free: left to right, each box moves
 * right just past every earlier box it shares height with. Moving a box right
 * only widens its distance to the boxes left of it, so none comes back.
 */
function sweepRight(boxes: Box[], gap: number) {
  const order = [...boxes].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
  for (let k = 0; k < order.length; k++) {
    const box = order[k];
    let x = box.x;
    for (let j = 0; j < k; j++) {
      const other = order[j];
      if ((box.h + other.h) / 2 + gap - Math.abs(box.y - other.y) > 0) x = Math.max(x, other.x + (box.w + other.w) / 2 + gap);
    }
    box.x = x;
  }
}

/**
 * Moves boxes (graph nodes with their labels) apart so that no two overlap
 * or come closer than `gap`, keeping the drawing's shape: rounds of pairwise
 * pushes (a 50-article graph settles in about 100), then, should some still
 * overlap, a sweep that is sure to separate them. Deterministic: the
 * same boxes in the same order always land in the same places.
 */
export function separateBoxes(input: readonly Box[], gap = 4, rounds = 300): Box[] {
  const boxes = input.map((b) => ({ ...b }));
  for (let round = 0; round < rounds; round++) if (!pushApart(boxes, gap)) return boxes;
  sweepRight(boxes, gap);
  return boxes;
}
