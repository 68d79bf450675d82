/** A 32-bit FNV-1a hash of a string: the same id always gives the same number. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A node's starting place for the force layout, from its id alone: spread on
 * a sunflower spiral (no two start on top of each other) in an order fixed by
 * the ids, so the graph comes out the same from one load to the next.
 */
export function seededPositions(ids: readonly string[], spacing = 60): Map<string, { x: number; y: number }> {
  const ordered = [...ids].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b));
  const golden = Math.PI * (3 - Math.sqrt(5));
  return new Map(ordered.map((id, i) => {
    const r = spacing * Math.sqrt(i + 0.5);
    return [id, { x: Math.round(r * Math.cos(i * golden)), y: Math.round(r * Math.sin(i * golden)) }];
  }));
}
