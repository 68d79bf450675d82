import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { parseByline } from "@/lib/import/parse-byline";
import { parseDateValue } from "@/lib/import/parse-date-line";
import { readPageMetadata } from "@/lib/import/read-page-metadata";
import { removeBoilerplateHtml } from "@/lib/import/remove-boilerplate";
import { sanitizeArticleHtml, safeHref } from "@/lib/import/sanitize-article-html";

/** The article part of a page plus what the page declares about itself. */
export interface ExtractedContent {
  /** Sanitised, schema-only HTML of the article body with boilerplate blocks removed. */
  html: string;
  title?: string;
  author?: string;
  siteName?: string;
  /** BCP 47 tag as the page declares it (html lang, og:locale, JSON-LD). */
  lang?: string;
  publishedAt?: Date;
  updatedAt?: Date;
  /** The page's canonical address (link rel=canonical, og:url), absolute. */
  canonicalUrl?: string;
  /** The texts of the blocks of `html`, in order. */
  blockTexts: string[];
  /** How many blocks the boilerplate pass removed after Readability. */
  removedBoilerplate: number;
  /** True when Readability found no article and the whole body was used. */
  usedFallback: boolean;
}

function readArticle(doc: Document): ReturnType<Readability["parse"]> {
  try {
    return new Readability(doc).parse();
  } catch {
    return null;
  }
}

/** "Russia and China talk | The Daily Planet" -> "Russia and China talk". */
function withoutSiteSuffix(title: string | undefined, siteName: string | undefined): string | undefined {
  if (!title || !siteName) return title;
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return title.replace(new RegExp(`\\s+[|\\-–—:·]\\s+${escaped}\\s*$`, "i"), "").trim() || title;
}

/**
 * Sites often shorten the <title>; when the page's main <h1> starts with the
 * same words and says more, the <h1> is the headline the reader saw.
 */
function preferHeadline(title: string | undefined, doc: Document): string | undefined {
  const h1 = doc.querySelector("article h1, main h1, h1")?.textContent?.replace(/\s+/g, " ").trim();
  if (!h1 || h1.length > 300) return title;
  if (!title) return h1;
  const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return norm(h1).startsWith(norm(title)) && h1.length > title.length ? h1 : title;
}

/**
 * Extracts the article from a full HTML page with Readability, together with
 * what the page says about itself (title, byline, site name, language,
 * published/modified times, canonical URL). Falls back to the whole body when
 * Readability finds nothing. The page is parsed by jsdom with scripts off
 * and no resource loading, so nothing on it runs or is fetched.
 */
export function extractMainContent(pageHtml: string, opts: { url?: string } = {}): ExtractedContent {
  const base = safeHref(opts.url);
  const dom = new JSDOM(pageHtml, {
    // jsdom's defaults are what keeps this safe: runScripts unset and resources unset.
    url: base && /^https?:/.test(base) ? base : undefined,
    virtualConsole: new VirtualConsole(),
  });
  try {
    const doc = dom.window.document;
    const meta = readPageMetadata(doc);
    const baseUrl = /^https?:/.test(doc.baseURI) ? doc.baseURI : undefined;
    // Readability rewrites the document it reads, and the fallback needs the original.
    const article = readArticle(doc.cloneNode(true) as Document);
    const usedFallback = !article?.content || !article.textContent?.trim();
    const rawHtml = usedFallback ? (doc.body?.innerHTML ?? "") : (article!.content as string);
    const byline = article?.byline ? (parseByline(article.byline)?.author ?? article.byline) : undefined;
    const siteName = meta.siteName ?? article?.siteName ?? undefined;
    const sanitized = sanitizeArticleHtml(rawHtml, { baseUrl });
    const { html, before, after } = removeBoilerplateHtml(sanitized);
    return {
      html,
      blockTexts: after,
      removedBoilerplate: before.length - after.length,
      title: preferHeadline(withoutSiteSuffix(meta.title ?? article?.title ?? undefined, siteName), doc),
      author: meta.author ?? (byline?.trim() || undefined),
      siteName,
      lang: meta.lang ?? article?.lang ?? undefined,
      publishedAt: parseDateValue(meta.publishedTime ?? article?.publishedTime ?? undefined),
      updatedAt: parseDateValue(meta.modifiedTime),
      canonicalUrl: [safeHref(meta.url, baseUrl)].find((u) => u && /^https?:/.test(u)),
      usedFallback,
    };
  } finally {
    dom.window.close();
  }
}
