/** A palette readable behind white initials. */
const PALETTE = ["#b91c1c", "#c2410c", "#a16207", "#15803d", "#0f766e", "#0369a1", "#4338ca", "#7e22ce", "#be185d", "#57534e"];

/** The same colour for a user on every screen and in every browser (a hash of their id). */
export function presenceColour(userId: string): string {
  let hash = 0;
  for (const ch of userId) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

/** Up to two initials of a name: "Ana Lima" → "AL", "ana" → "A". */
export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts.at(-1)!] : parts;
  return letters.map((p) => [...p][0]!.toUpperCase()).join("") || "?";
}
