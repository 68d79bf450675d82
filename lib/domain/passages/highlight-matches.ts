/** A highlighted range of a passage: [start, end) in UTF-16 code units of the passage text. */
export interface HighlightRange {
  start: number;
  end: number;
}

/** Words too common to be worth highlighting (Postgres' english stop words, roughly). */
const STOP_WORDS = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each few for from further had has have having he her here hers herself him " +
    "himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other " +
    "our ours ourselves out over own same she should so some such than that the their theirs them themselves then there " +
    "these they this those through to too under until up very was we were what when where which while who whom why will " +
    "with would you your yours yourself yourselves also said says say"
  ).split(" "),
);

// Numbers keep their separators ("1,200", "3.5") so "1,200" does not match "2,100" on "1".
const TOKEN = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** A word as compared: lower-cased, accents and a possessive 's removed. */
export function wordKey(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/['’]s$/, "").replace(/['’]/g, "");
}

/**
 * Whether two word keys are the same word in another inflection: equal, equal
 * but for a plural s, or (both at least five letters) sharing a prefix that
 * misses at most two letters of the shorter one — "evacuated" and
 * "evacuation", "resigned" and "resignation", "injured" and "injuries".
 * Numbers match only exactly. Simpler than a stemmer, and symmetric.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/^\p{N}/u.test(a) || /^\p{N}/u.test(b)) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return a.replace(/s$/, "") === b.replace(/s$/, "");
  let common = 0;
  while (common < shorter && a[common] === b[common]) common += 1;
  return common >= Math.max(4, shorter - 2);
}

interface Token {
  start: number;
  end: number;
  key: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const key = wordKey(match[0]);
    if (STOP_WORDS.has(key) || (key.length < 2 && !/\p{N}/u.test(key))) continue;
    out.push({ start: match.index, end: match.index + match[0].length, key });
  }
  return out;
}

/**
 * The words a passage shares with a claim, for highlighting a suggestion:
 * ranges in the passage (adjacent matches separated only by spaces merge into
 * one range) and the distinct matched words as written in the passage.
 */
export function highlightMatches(claim: string, passage: string): { ranges: HighlightRange[]; words: string[] } {
  const wanted = [...new Set(tokens(claim).map((t) => t.key))];
  const ranges: HighlightRange[] = [];
  const words: string[] = [];
  for (const token of tokens(passage)) {
    if (!wanted.some((key) => sameWord(key, token.key))) continue;
    const word = passage.slice(token.start, token.end);
    if (!words.some((w) => w.toLowerCase() === word.toLowerCase())) words.push(word);
    const last = ranges.at(-1);
    if (last && /^[ \t]+$/.test(passage.slice(last.end, token.start))) last.end = token.end;
    else ranges.push({ start: token.start, end: token.end });
  }
  return { ranges, words };
}
