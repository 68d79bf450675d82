import {
  captionBeforeCredit,
  isBoilerplateLine,
  isStandaloneCredit,
  normalizeLine,
  wordCount,
} from "@/lib/import/boilerplate-patterns";
import { dropHtmlBlocks, type DroppedBlocks } from "@/lib/import/html-blocks";
import { textToUnits, unitsToText } from "@/lib/import/text-units";

export { isBoilerplateLine } from "@/lib/import/boilerplate-patterns";

const ENDS_SENTENCE = /[.!?:;,"”’)]$/u;

/** A short unpunctuated line such as an image caption left above its credit. */
function looksLikeCaption(line: string): boolean {
  return wordCount(line) <= 25 && !ENDS_SENTENCE.test(line.trim());
}

/** "Ambassador", "COVID-19", "Trending Japan": the topic links a site prints under an article. */
function looksLikeTopic(line: string): boolean {
  const norm = normalizeLine(line);
  return norm.length <= 32 && wordCount(norm) <= 4 && !ENDS_SENTENCE.test(line.trim());
}


/** Marks a trailing run of two or more topic lines, but only below real prose. */
function markTrailingTopics(lines: string[], drop: boolean[]): void {
  const run: number[] = [];
  let i = lines.length - 1;
  for (; i >= 0; i--) {
    if (!lines[i].trim() || drop[i]) continue;
    if (!looksLikeTopic(lines[i])) break;
    run.push(i);
  }
  const proseAbove = lines.slice(0, i + 1).some((l, k) => !drop[k] && wordCount(l) >= 8);
  if (run.length >= 2 && proseAbove) run.forEach((k) => (drop[k] = true));
}

/**
 * Decides, for each line (or block text), whether it is boilerplate. Besides
 * the whole-line patterns this removes: a caption repeated with its credit
 * ("Wang Yi" then "Wang Yi | Photo Credit: AFP": both go), a caption directly
 * above a standalone credit ("IMAGE SOURCE: AFP"), a line repeating the one
 * before it, and a run of short topic lines at the very end.
 * Blank lines are never marked.
 */
export function findBoilerplate(lines: string[]): boolean[] {
  const drop = lines.map(isBoilerplateLine);
  const same = (a: string, b: string) => normalizeLine(a) === normalizeLine(b);
  // The non-blank lines kept so far, the last on top. A line is only ever dropped while on
  // top, so popping the dropped ones finds the previous kept line in constant time (walking
  // back over thousands of dropped repeats made 5 MB of repeated lines take minutes).
  const kept: number[] = [];
  const previousKept = () => {
    while (kept.length && drop[kept[kept.length - 1]]) kept.pop();
    return kept.length ? kept[kept.length - 1] : -1;
  };
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const j = previousKept();
    if (j >= 0) {
      const caption = captionBeforeCredit(line);
      if (caption && same(caption, lines[j])) drop[j] = true;
      else if (isStandaloneCredit(line) && j === i - 1 && looksLikeCaption(lines[j])) drop[j] = true;
      else if (!drop[i] && same(line, lines[j])) drop[i] = true;
    }
    if (!drop[i]) kept.push(i);
  });
  markTrailingTopics(lines, drop);
  return drop;
}

/** Removes boilerplate lines from pasted plain text; paragraph breaks are kept. */
export function removeBoilerplateText(text: string): string {
  const units = textToUnits(text);
  const drop = findBoilerplate(units);
  return unitsToText(units.filter((_, i) => !drop[i]));
}

/** Removes boilerplate blocks (paragraphs, list items, headings) from sanitised HTML. */
export function removeBoilerplateHtml(html: string): DroppedBlocks {
  return dropHtmlBlocks(html, findBoilerplate);
}
