/** Months, titles and the like that newsrooms abbreviate with a full stop. */
const ABBREVIATIONS = [
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Capt", "Sgt", "Gov", "Sen", "Rep", "Rev", "Pres",
  "St", "Mt", "Ft", "Jr", "Sr", "No", "Nos", "Vol", "vs", "approx", "Inc", "Corp", "Ltd", "Co",
];
const WORD_ABBREVIATION = new RegExp(`(?:^|[^\\p{L}])(?:${ABBREVIATIONS.join("|")})\\.$`, "u");
/** U.S., U.N., U.K., E.U. (two or more dotted capitals). */
const DOTTED = /(?:^|[^\p{L}.])(?:\p{Lu}\.){2,}$/u;
/** An initial: "John F." before "Kennedy". */
const INITIAL = /(?:^|\s)\p{Lu}\.$/u;

/** True when a sentence segment ends on an abbreviation, not on the end of a sentence. */
export function endsWithAbbreviation(segment: string): boolean {
  const text = segment.trimEnd();
  return WORD_ABBREVIATION.test(text) || DOTTED.test(text) || INITIAL.test(text);
}

/**
 * Joins sentence segments that were cut after an abbreviation ("Feb. | 23,
 * China's…", "Mr. | Wang said…", "the U.S. | Treasury") back into one,
 * within a line. Spans are [start, end) offsets into `text`, in order.
 */
export function joinAbbreviations<T extends { start: number; end: number }>(text: string, spans: T[]): T[] {
  const out: T[] = [];
  for (const span of spans) {
    const previous = out.at(-1);
    const between = previous ? text.slice(previous.end, span.start) : "";
    if (previous && !between.includes("\n") && endsWithAbbreviation(text.slice(previous.start, previous.end))) {
      previous.end = span.end;
    } else {
      out.push({ ...span });
    }
  }
  return out;
}
