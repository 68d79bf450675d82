/** Characters a fuzzy match may wrongly take in or leave out at either end of a quote. */
const EDGE = /[\s,;:]/;

function trailingRun(text: string): string {
  let i = text.length;
  while (i > 0 && EDGE.test(text[i - 1])) i -= 1;
  return text.slice(i);
}

function leadingRun(text: string): string {
  let i = 0;
  while (i < text.length && EDGE.test(text[i])) i += 1;
  return text.slice(0, i);
}

/**
 * A fuzzy match's range with the same stray edges as the old quote: a match
 * that grew a trailing ", " the claim never had is trimmed back, and one that
 * lost the comma or space the claim ended on takes it again when the text
 * still has it there. The same goes for the start. Never returns an empty range.
 */
export function fitQuoteEdges(text: string, start: number, end: number, oldExact: string): { start: number; end: number } {
  const wantEnd = trailingRun(oldExact).length;
  const wantStart = leadingRun(oldExact).length;
  const hasEnd = trailingRun(text.slice(start, end)).length;
  if (hasEnd > wantEnd) end -= hasEnd - wantEnd;
  else {
    for (let missing = wantEnd - hasEnd; missing > 0 && end < text.length && EDGE.test(text[end]); missing -= 1) end += 1;
  }
  const hasStart = leadingRun(text.slice(start, end)).length;
  if (hasStart > wantStart) start += Math.min(hasStart - wantStart, end - start - 1);
  else {
    for (let missing = wantStart - hasStart; missing > 0 && start > 0 && EDGE.test(text[start - 1]); missing -= 1) start -= 1;
  }
  return end > start ? { start, end } : { start, end: start + 1 };
}
