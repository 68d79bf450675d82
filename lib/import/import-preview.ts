import { AppError } from "@/lib/domain/errors";
import { detectMetadata, type DetectedMetadata, type MetadataHints } from "@/lib/import/detect-metadata";
import { extractMainContent } from "@/lib/import/extract-main-content";
import { htmlToDocNode } from "@/lib/editor/html-to-doc";
import { docToPlainText } from "@/lib/editor/plain-text";
import { dropHtmlBlocks } from "@/lib/import/html-blocks";
import { removeBoilerplateHtml, removeBoilerplateText } from "@/lib/import/remove-boilerplate";
import { sanitizeArticleHtml } from "@/lib/import/sanitize-article-html";
import { textToHtml } from "@/lib/import/text-to-html";

/** What an import would create, for the user to review before saving. */
export interface ImportPreview {
  title: string;
  subtitle?: string;
  outlet?: string;
  author?: string;
  /** When the source gives only an update date, that date (and `dateFromUpdate` says so). */
  publishedAt?: Date;
  /** True when `publishedAt` is the source's "Updated" date: it printed no publication date. */
  dateFromUpdate?: boolean;
  sourceUpdatedAt?: Date;
  /** The zone the source printed its times in ("IST"), when it named one. */
  sourceTimeZone?: string;
  url?: string;
  /** ISO 639-1 code, only when detected with confidence or declared by the page. */
  language?: string;
  /** Sanitised HTML holding only what the article schema allows. */
  html: string;
  /** The start of the article's plain text. */
  plainTextPreview: string;
  /** Things the user should check, in plain words. */
  warnings: string[];
}

/** Where an import came from, for messages, fallbacks and warnings. */
export interface SourceContext {
  /** How the source is named in messages: "the pasted text", "“report.docx”", a URL. */
  label: string;
  url?: string;
  /** A title the caller already knows (API, seed); the text's first line is then body unless it repeats it. */
  title?: string;
  /** Title to use when the content has no headline (a file name). */
  fallbackTitle?: string;
  warnings?: string[];
}

const PREVIEW_CHARS = 600;
const nonBlank = (text: string) => text.split("\n").filter((l) => l.trim()).length;
const clip = (text: string | undefined, max: number) =>
  text && text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

function isHttpUrl(value: string | undefined): value is string {
  if (!value || value.length > 2000) return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

function finish(meta: DetectedMetadata, html: string, removedBoilerplate: number, ctx: SourceContext): ImportPreview {
  // The revision's own plain text, as it will be stored: the preview shows what will be annotated.
  const plain = docToPlainText(htmlToDocNode(html));
  if (!plain.trim()) throw new AppError("EMPTY_CONTENT", `No article text was found in ${ctx.label}.`);
  const warnings = [...(ctx.warnings ?? [])];
  let title = meta.title;
  if (!title) {
    title = ctx.fallbackTitle || clip(plain.split("\n")[0], 100)!;
    warnings.push("No headline was found, so the title was made up from the source. Check it before saving.");
  }
  // An article is dated by when it came out; without that, the last update is the closest date there is.
  const dateFromUpdate = !meta.publishedAt && Boolean(meta.updatedAt);
  if (dateFromUpdate) {
    warnings.push("The source gives no publication date, only an “Updated” one: that date is used as the article’s date. Check it before saving.");
  } else if (!meta.publishedAt) warnings.push("No publication date was found.");
  if (!meta.outlet) warnings.push("The outlet could not be detected: the text names no publisher. Enter it before saving.");
  else if (meta.outletInferredFrom) {
    warnings.push(`The outlet was inferred from the text’s own words (“${clip(meta.outletInferredFrom, 80)}”). Check it before saving.`);
  }
  if (removedBoilerplate > 0) {
    warnings.push(`Removed ${removedBoilerplate} line${removedBoilerplate === 1 ? "" : "s"} of site furniture (sign-in prompts, share buttons, photo credits, comment notices and the like).`);
  }
  const url = ctx.url ?? meta.url;
  return {
    title: clip(title, 500)!,
    subtitle: clip(meta.subtitle, 1000),
    outlet: clip(meta.outlet, 200),
    author: clip(meta.author, 300),
    publishedAt: meta.publishedAt ?? meta.updatedAt,
    ...(dateFromUpdate ? { dateFromUpdate } : {}),
    sourceUpdatedAt: meta.updatedAt,
    sourceTimeZone: meta.sourceTimeZone,
    url: isHttpUrl(url) ? url : undefined,
    language: meta.language,
    html,
    plainTextPreview: clip(plain, PREVIEW_CHARS)!,
    warnings,
  };
}

/** Plain text: metadata lines out, boilerplate out, then paragraphs and lists. */
export function previewFromText(text: string, ctx: SourceContext): ImportPreview {
  const meta = detectMetadata(text, { url: ctx.url, title: ctx.title });
  const body = removeBoilerplateText(meta.body);
  return finish(meta, textToHtml(body), nonBlank(meta.body) - nonBlank(body), ctx);
}

/** Takes out of the HTML the blocks detectMetadata read as header lines, each once, in order. */
function dropMetadataBlocks(html: string, removedLines: string[]): string {
  if (removedLines.length === 0) return html;
  const pending = removedLines.map((l) => l.replace(/\s+/g, " ").trim());
  return dropHtmlBlocks(html, (texts) => texts.map((t) => {
    const at = pending.indexOf(t);
    if (at >= 0) pending.splice(at, 1);
    return at >= 0;
  })).html;
}

/** HTML that is already article-sized (a paste, Markdown, a .docx): sanitise, clean, read metadata. */
export function previewFromFragment(html: string, ctx: SourceContext, hints: MetadataHints = {}): ImportPreview {
  const sanitized = sanitizeArticleHtml(html, { baseUrl: ctx.url });
  const cleaned = removeBoilerplateHtml(sanitized);
  return previewFromCleanHtml({ html: cleaned.html, blockTexts: cleaned.after }, cleaned.before.length, ctx, { furniture: cleaned.before, ...hints });
}

/** `blockTexts` are the texts of the blocks of `html`, read when it was made (parsing it again is what costs). */
function previewFromCleanHtml(clean: { html: string; blockTexts: string[] }, blocksBefore: number, ctx: SourceContext, hints: MetadataHints): ImportPreview {
  const meta = detectMetadata(clean.blockTexts.join("\n\n"), { ...hints, url: hints.url ?? ctx.url, title: hints.title ?? ctx.title });
  const body = dropMetadataBlocks(clean.html, meta.removedLines);
  return finish(meta, body, blocksBefore - clean.blockTexts.length, ctx);
}

/** Saved pages have a doctype, head or title. Clipboard HTML may carry <meta charset> and <html><body>, but is a selection. */
function isWholePage(html: string): boolean {
  const head = html.slice(0, 5000);
  return /<!doctype html|<head[\s>]|<title[\s>]/i.test(head) && !/<!--\s*StartFragment\s*-->/i.test(html);
}

/**
 * A whole page goes through Readability; a fragment (a selection the user
 * copied) is taken as it is, since Readability might drop parts of it.
 */
export function previewFromHtml(html: string, ctx: SourceContext): ImportPreview {
  if (!isWholePage(html)) return previewFromFragment(html, ctx);
  const page = extractMainContent(html, { url: ctx.url });
  const warnings = [...(ctx.warnings ?? [])];
  if (page.usedFallback) {
    warnings.push("The article could not be told apart from the rest of the page, so the whole page was kept. Remove anything that is not the article.");
  }
  const hints: MetadataHints = {
    title: page.title, author: page.author, siteName: page.siteName, publishedAt: page.publishedAt,
    updatedAt: page.updatedAt, language: page.lang, url: ctx.url ?? page.canonicalUrl,
  };
  const blocksBefore = page.blockTexts.length + page.removedBoilerplate;
  return previewFromCleanHtml(page, blocksBefore, { ...ctx, url: hints.url, warnings }, hints);
}
