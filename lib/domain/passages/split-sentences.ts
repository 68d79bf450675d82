import { joinAbbreviations } from "@/lib/domain/passages/join-abbreviations";

/** A sentence of a text: [start, end) in UTF-16 code units, trimmed of surrounding whitespace. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** A fragment with fewer words than this ("Dr.", "No.", "U.S.") is joined to a neighbour. */
export const MIN_SENTENCE_WORDS = 3;
/** Longer sentences (lists, run-ons) are cut at a space, so each passage stays a readable unit. */
export const MAX_SENTENCE_LENGTH = 1_000;

const WORD = /[\p{L}\p{N}]+/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
/**
 * ICU's sentence segmenter slows down with the square of a string's length
 * (100 KB 0.27 s, 200 KB 3.3 s), so a line longer than this is first cut into
 * pieces at a sentence end (or a space) and each piece is segmented alone.
 */
export const SEGMENT_CHUNK_LENGTH = 2_000;
/** Where a sentence very likely ends: terminal punctuation, closing quotes or brackets, then a space. */
const SENTENCE_END = /[.!?\u2026]["'\u201D\u2019)\]]*\s+/g;

/**
 * Splits a revision's plain text into sentence-level passages with UTF-16
 * offsets, using Unicode sentence boundaries (Intl.Segmenter). Fragments that
 * are too short to stand alone are merged with the next sentence of the same
 * paragraph (or the previous one when they end it); a short paragraph of its
 * own, such as a heading, stays a passage. Segments without letters or digits
 * are dropped. Pure and deterministic: `text.slice(start, end) === span.text`.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const raw: { start: number; end: number }[] = [];
  // Segment line by line: sentences never cross a line, and ICU's segmenter
  // slows down badly on a whole 1 MB string (30 s instead of 0.2 s).
  for (const line of text.matchAll(/[^\n]+/g)) {
    for (const piece of segmentPieces(line[0], line.index)) {
      for (const { segment, index } of segmenter.segment(piece.text)) {
        const lead = segment.length - segment.trimStart().length;
        const trimmed = segment.trim();
        if (!HAS_WORD.test(trimmed)) continue;
        const start = piece.start + index + lead;
        raw.push({ start, end: start + trimmed.length });
      }
    }
  }
  return mergeFragments(text, joinAbbreviations(text, raw)).flatMap((span) => cutLong(text, span.start, span.end));
}

/**
 * Cuts a line into pieces of at most SEGMENT_CHUNK_LENGTH code units, each
 * ending at the last sentence end of its window, else its last space, else
 * anywhere but inside a surrogate pair; `start` is the piece's offset in the text.
 */
function segmentPieces(line: string, offset: number): { text: string; start: number }[] {
  const pieces: { text: string; start: number }[] = [];
  let from = 0;
  while (line.length - from > SEGMENT_CHUNK_LENGTH) {
    const window = line.slice(from, from + SEGMENT_CHUNK_LENGTH);
    let cut = 0;
    for (const match of window.matchAll(SENTENCE_END)) cut = match.index + match[0].length;
    if (cut < SEGMENT_CHUNK_LENGTH / 2) cut = window.lastIndexOf(" ") + 1;
    if (cut < SEGMENT_CHUNK_LENGTH / 2) cut = isLowSurrogate(window.charCodeAt(SEGMENT_CHUNK_LENGTH - 1)) ? SEGMENT_CHUNK_LENGTH - 1 : SEGMENT_CHUNK_LENGTH;
    pieces.push({ text: window.slice(0, cut), start: offset + from });
    from += cut;
  }
  pieces.push({ text: line.slice(from), start: offset + from });
  return pieces;
}

function mergeFragments(text: string, spans: { start: number; end: number }[]) {
  const out: { start: number; end: number }[] = [];
  // A fragment waiting for the next sentence of its paragraph, with its word count
  // (carried, not recounted, so a long chain of fragments stays linear).
  let pending: { start: number; end: number; words: number } | null = null;
  for (const span of spans) {
    let words = wordCount(text.slice(span.start, span.end));
    if (pending && sameParagraph(text, pending.end, span.start)) {
      span.start = pending.start;
      words += pending.words;
      pending = null;
    } else if (pending) {
      attachOrKeep(text, out, pending);
      pending = null;
    }
    if (words < MIN_SENTENCE_WORDS) pending = { ...span, words };
    else out.push(span);
  }
  if (pending) attachOrKeep(text, out, { start: pending.start, end: pending.end });
  return out;
}

/** A fragment that ends its paragraph joins the previous sentence of that paragraph, or stands alone. */
function attachOrKeep(text: string, out: { start: number; end: number }[], fragment: { start: number; end: number }) {
  const previous = out.at(-1);
  if (previous && sameParagraph(text, previous.end, fragment.start)) previous.end = fragment.end;
  else out.push(fragment);
}

function sameParagraph(text: string, from: number, to: number): boolean {
  return !text.slice(from, to).includes("\n");
}

function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function cutLong(text: string, start: number, end: number): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  while (end - start > MAX_SENTENCE_LENGTH) {
    const space = text.lastIndexOf(" ", start + MAX_SENTENCE_LENGTH);
    let cut = space > start ? space : start + MAX_SENTENCE_LENGTH;
    // Never cut between the halves of a surrogate pair.
    if (isLowSurrogate(text.charCodeAt(cut))) cut += 1;
    spans.push({ start, end: cut, text: text.slice(start, cut) });
    start = cut;
    while (start < end && /\s/.test(text[start])) start += 1;
  }
  if (end > start) spans.push({ start, end, text: text.slice(start, end) });
  return spans;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
