import { isBoilerplateLine, normalizeLine, wordCount } from "@/lib/import/boilerplate-patterns";
import { detectLanguage, primaryLanguage } from "@/lib/import/detect-language";
import { outletCluesFromText, outletFromHeaderLine, outletFromHost } from "@/lib/import/detect-outlet";
import { fullerOutletName, outletMentionedAsSelf } from "@/lib/import/outlet-mentions";
import { parseByline, tidyName } from "@/lib/import/parse-byline";
import { parseDateLine, type DateMention } from "@/lib/import/parse-date-line";
import { BULLET_LINE, textToUnits, unitsToText } from "@/lib/import/text-units";

/** What the page itself declared (HTML meta tags, JSON-LD) or the caller already knows. */
export interface MetadataHints {
  url?: string;
  title?: string;
  author?: string;
  siteName?: string;
  publishedAt?: Date;
  updatedAt?: Date;
  /** A BCP 47 tag such as "en-GB" (html lang). */
  language?: string;
  /** Lines already removed as boilerplate: still searched for the publisher's name ("registered user of …"). */
  furniture?: string[];
}

/** What detectMetadata found; every field is optional except the cleaned body. */
export interface DetectedMetadata {
  title?: string;
  subtitle?: string;
  outlet?: string;
  /** Set when nothing but the text's own reporting phrase named the outlet ("told the Harbour Gazette"). */
  outletInferredFrom?: string;
  author?: string;
  publishedAt?: Date;
  updatedAt?: Date;
  /** The zone the datelines printed their times in ("IST"), when they named one. */
  sourceTimeZone?: string;
  url?: string;
  /** ISO 639-1 code, only when confident. */
  language?: string;
  /** The text without the headline, datelines, bylines and source lines. */
  body: string;
  /** The trimmed lines that were taken out of the body, in order. */
  removedLines: string[];
}

/** Lines further down than this are article body, not header. */
const HEADER_LINES = 20;
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'()]+/i;
const URL_ONLY = /^<?https?:\/\/\S+>?$/i;

type Meta = { dates?: DateMention[]; author?: string; outlet?: string; url?: string };

/** Recognises dateline, byline, source and bare-URL lines. */
function readMetaLine(line: string): Meta | undefined {
  const dates = parseDateLine(line);
  if (dates) return { dates };
  const byline = parseByline(line);
  if (byline) return byline;
  const outlet = outletFromHeaderLine(line);
  if (outlet) return { outlet };
  if (URL_ONLY.test(line)) return { url: line.replace(/^<|>$/g, "") };
  return undefined;
}

const strip = (line: string) => line.trim().replace(BULLET_LINE, "").trim();
const isLabel = (line: string) => wordCount(line) <= 4 && line.length <= 40 && !/[.!?:;"”’]$/u.test(line);
const firstUrl = (text: string) => URL_PATTERN.exec(text)?.[0].replace(/[.,;:!?)\]]+$/, "");

/**
 * Finds the headline, standfirst, datelines, byline, outlet, source URL and
 * language of a pasted article and returns the body without the header lines.
 * Hints (from HTML meta tags) win over what the text suggests; the
 * standfirst is reported but left in the body, since it often carries claims.
 */
export function detectMetadata(text: string, hints: MetadataHints = {}): DetectedMetadata {
  const units = textToUnits(text);
  const removed = new Set<number>();
  const found: Meta[] = [];
  let title = hints.title?.trim() || undefined;
  let subtitle: string | undefined;
  const same = (a: string, b: string) => normalizeLine(a) === normalizeLine(b);
  // A standfirst sits between the headline and the dateline or byline.
  const metaAhead = (from: number) => {
    const next = units.slice(from + 1).map(strip).find((l) => l && !isBoilerplateLine(l));
    return Boolean(next && (readMetaLine(next) || (title && same(next, title))));
  };

  for (let i = 0, seen = 0; i < units.length && seen < HEADER_LINES; i++) {
    const line = strip(units[i]);
    if (!line || isBoilerplateLine(line)) continue;
    seen++;
    const meta = readMetaLine(line);
    if (meta || (title && same(line, title))) {
      if (meta) found.push(meta);
      removed.add(i);
    } else if (!title) {
      // One- or two-word kickers ("World", "East Asia") sit above headlines; a long first line means no headline.
      if (wordCount(line) > 30) break;
      if (wordCount(line) >= 3 || line.length >= 20) title = line;
      removed.add(i);
    } else if (isLabel(line)) removed.add(i);
    else if (!subtitle && wordCount(line) <= 60 && metaAhead(i)) subtitle = line;
    else break;
  }
  // Some sites print the dateline under the article instead.
  const tail = units.map((u, i) => [strip(u), i] as const).filter(([u]) => u).slice(-6);
  for (const [line, i] of tail) {
    const dates = /publish|updat|posted/i.test(line) ? parseDateLine(line) : undefined;
    if (!dates || removed.has(i)) continue;
    found.push({ dates });
    removed.add(i);
  }

  const dates = found.flatMap((m) => m.dates ?? []);
  const bodyUnits = units.filter((_, i) => !removed.has(i));
  const clues = outletCluesFromText([...units, ...(hints.furniture ?? [])]);
  // Script fragments and ad tags carry URLs too; only article lines count.
  const url = hints.url ?? found.find((m) => m.url)?.url ?? firstUrl(units.filter((u) => !isBoilerplateLine(u)).join("\n"));
  const author = hints.author ?? found.find((m) => m.author)?.author;
  // What the page, the header lines or the site text state wins; the text's own mentions fill the gap or the full name.
  const stated = hints.siteName?.trim() || found.find((m) => m.outlet)?.outlet || clues.named
    || outletFromHost(url) || clues.emailHost || clues.agency;
  const mention = outletMentionedAsSelf(bodyUnits);
  return {
    title: title ? title.replace(/\s+/g, " ") : undefined,
    subtitle,
    outlet: stated ? fullerOutletName(stated, mention) : mention?.name,
    outletInferredFrom: stated ? undefined : mention?.phrase,
    author: author ? tidyName(author) : undefined,
    publishedAt: hints.publishedAt ?? dates.find((d) => d.kind === "published")?.date,
    updatedAt: hints.updatedAt ?? dates.find((d) => d.kind === "updated")?.date,
    sourceTimeZone: (dates.find((d) => d.kind === "published" && d.timeZone) ?? dates.find((d) => d.timeZone))?.timeZone,
    url,
    language: detectLanguage(bodyUnits.filter((u) => !isBoilerplateLine(u)).join("\n"))
      ?? primaryLanguage(hints.language),
    body: unitsToText(bodyUnits),
    removedLines: units.filter((_, i) => removed.has(i)).map((u) => u.trim()),
  };
}
