import { parseDateLine } from "@/lib/import/parse-date-line";

/** Author and, when the byline names one, the outlet. */
export interface Byline {
  author?: string;
  outlet?: string;
}

const CONNECTORS = new Set([
  "and", "&", "de", "da", "del", "della", "di", "dos", "du", "van", "von", "der", "den", "bin",
  "binti", "al", "el", "la", "le", "y", "ibn",
]);
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}.'’-]*$/u;

/** "Jane Doe", "WANG QINGYUN", "Ana de la Cruz": capitalised words, no digits, no sentence. */
export function isNameLike(text: string, maxWords = 6): boolean {
  const words = text.trim().split(/\s+/);
  return text.length <= 80 && words.length >= 1 && words.length <= maxWords
    && NAME_WORD.test(words[0])
    && words.every((w) => NAME_WORD.test(w) || CONNECTORS.has(w.toLowerCase()));
}

/** "WANG QINGYUN" -> "Wang Qingyun"; names already in mixed case are left alone. */
export function tidyName(name: string): string {
  const trimmed = name.replace(/\s+/g, " ").trim();
  if (trimmed !== trimmed.toUpperCase() || !/\p{L}{2}/u.test(trimmed)) return trimmed;
  return trimmed.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** A byline's job title ("Jane Doe, Staff Writer") is not the outlet. */
const JOB_TITLE = /\b(?:writer|reporter|correspondent|editor|contributor|columnist|staff|bureau|chief|analyst|producer|journalist|desk|intern|photographer)s?\b/i;

const BY_PREFIX = /^(?:by|written by|words by|reporting by|story by|authors?)\s*:?\s+(.{2,160})$/i;
const NAME_PIPE_OUTLET = /^([\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){1,3})\s*\|\s*([\p{Lu}][\p{L}\p{N}.&'’ -]{1,40})$/u;

/**
 * Reads a byline line: "By Jane Doe", "By WANG QINGYUN | CHINA DAILY",
 * "Written by Jane Doe, Reuters", "By Jane Doe for The Daily Planet",
 * "Jane Doe | Reuters"; a job title after the name is no outlet. Returns undefined
 * for anything that is not clearly a byline ("By the time the talks ended...").
 */
export function parseByline(line: string): Byline | undefined {
  const trimmed = line.trim();
  const by = BY_PREFIX.exec(trimmed);
  if (!by) {
    const pipe = NAME_PIPE_OUTLET.exec(trimmed);
    if (!pipe || !isNameLike(pipe[1], 4) || !isNameLike(pipe[2], 5)) return undefined;
    return { author: tidyName(pipe[1]), outlet: JOB_TITLE.test(pipe[2]) ? undefined : tidyName(pipe[2]) };
  }
  const parts = by[1].split(/\s*[|,;]\s*|\s+[-–—]\s+|\s+for\s+(?=\p{Lu})/u).map((p) => p.trim()).filter(Boolean);
  const [name, ...rest] = parts;
  if (!name || !isNameLike(name)) return undefined;
  const outlet = rest.find((p) => isNameLike(p, 5) && !JOB_TITLE.test(p) && !parseDateLine(p));
  return { author: tidyName(name), outlet: outlet ? tidyName(outlet) : undefined };
}
