/** Characters of context shown on each side of a quote in reports. */
export const REPORT_CONTEXT_LENGTH = 90;

/**
 * A little context around a quote: up to REPORT_CONTEXT_LENGTH characters of
 * the text on each side, cut at a word boundary, with "…" where it was cut.
 * Without the text (an orphan), the anchor's stored prefix and suffix.
 */
export function quoteContext(
  text: string | null,
  anchor: { start: number; end: number; exact: string; prefix: string; suffix: string },
): { before: string; exact: string; after: string } {
  if (text === null || text.slice(anchor.start, anchor.end) !== anchor.exact) {
    return { before: trimBefore(anchor.prefix, false), exact: anchor.exact, after: trimAfter(anchor.suffix, false) };
  }
  const from = Math.max(0, anchor.start - REPORT_CONTEXT_LENGTH);
  const to = Math.min(text.length, anchor.end + REPORT_CONTEXT_LENGTH);
  return {
    before: trimBefore(text.slice(from, anchor.start), from > 0),
    exact: anchor.exact,
    after: trimAfter(text.slice(anchor.end, to), to < text.length),
  };
}

// Context stays within the quote's own paragraph: a block separator ends it.
function trimBefore(before: string, cut: boolean): string {
  const paragraph = before.lastIndexOf("\n");
  if (paragraph >= 0) return before.slice(paragraph + 1);
  if (!cut) return before;
  const space = before.search(/\s/);
  return `…${space >= 0 ? before.slice(space + 1) : before}`;
}

function trimAfter(after: string, cut: boolean): string {
  const paragraph = after.indexOf("\n");
  if (paragraph >= 0) return after.slice(0, paragraph);
  if (!cut) return after;
  const space = after.search(/\s\S*$/);
  return `${space > 0 ? after.slice(0, space) : after}…`;
}
