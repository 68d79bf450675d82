/** A bullet line: "• item", "- item", "* item" (also ▪ ● ◦ ·). */
export const BULLET_LINE = /^\s*[•▪●◦·*-]\s+(?=\S)/u;

const SENTENCE_END = /[.!?:;"”’)\]]$/u;

/**
 * True when the text is hard-wrapped at a fixed width (e-mail, terminals,
 * some wire copy), so single newlines inside a block are not paragraph breaks.
 * Text copied from a web page puts each paragraph on one long line instead.
 */
export function isHardWrapped(text: string): boolean {
  const blocks = text.split(/\n\s*\n/).map((b) => b.split("\n").map((l) => l.trim()).filter(Boolean));
  if (blocks.flat().some((l) => l.length > 110)) return false;
  // Lines that run on into the next line of the same block, bullets excepted.
  const continued = blocks.flatMap((b) => b.slice(0, -1)).filter((l) => !BULLET_LINE.test(l));
  if (continued.length < 2) return false;
  const wrapped = continued.filter((l) => l.length >= 40 && !SENTENCE_END.test(l));
  return wrapped.length / continued.length >= 0.5;
}

/**
 * Splits text into the units that boilerplate removal, metadata detection
 * and paragraph building look at: normally one unit per line, as web copy
 * has one line per paragraph. A line joins the one above when the text is
 * hard-wrapped and the line above is near the wrap width, or when the line
 * above ends mid-sentence and this one starts in lower case. A bullet always
 * starts a new unit. Blank lines come back as "" so paragraph breaks survive.
 */
export function textToUnits(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ");
  const lines = normalized.split("\n").map((l) => l.replace(/\s+$/, ""));
  const wrapped = isHardWrapped(normalized);
  const width = Math.max(...lines.map((l) => l.trim().length));
  const units: string[] = [];
  let previous = "";
  for (const line of lines) {
    const trimmed = line.trim();
    const joins = previous && trimmed && !BULLET_LINE.test(line) && (wrapped
      ? previous.length >= width * 0.6
      : !SENTENCE_END.test(previous) && /^\p{Ll}/u.test(trimmed));
    if (joins) units[units.length - 1] += ` ${trimmed}`;
    else units.push(trimmed ? line : "");
    previous = trimmed;
  }
  return units;
}

/** Joins units back into text, one unit per line, with at most one blank line in a row. */
export function unitsToText(units: string[]): string {
  return units.join("\n").replace(/\n\s*\n(\s*\n)+/g, "\n\n").trim();
}
