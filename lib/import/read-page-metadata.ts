/** What a page says about itself in meta tags, the canonical link and JSON-LD. */
export interface PageMetadata {
  title?: string;
  siteName?: string;
  author?: string;
  publishedTime?: string;
  modifiedTime?: string;
  url?: string;
  lang?: string;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|Report|WebPage)$/;

type Json = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() ? value.replace(/\s+/g, " ").trim() : undefined;

/** "Jane Doe", {name: "Jane Doe"} or a list of those, joined. */
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => text(v) ?? text((v as Json | null)?.name))
    .filter((v): v is string => Boolean(v) && !/^https?:\/\//.test(v!));
  return list.length ? list.join(", ") : undefined;
}

/** Every object in the page's JSON-LD blocks, @graph flattened. Broken JSON is skipped. */
function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      out.push(node as Json);
      if ("@graph" in node) visit((node as Json)["@graph"]);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // Sites ship malformed JSON-LD often enough; the meta tags still count.
    }
  }
  return out;
}

function jsonLdArticle(doc: Document): Json | undefined {
  const objects = jsonLdObjects(doc);
  const typed = (o: Json) => [o["@type"]].flat().some((t) => typeof t === "string" && ARTICLE_TYPES.test(t));
  // A WebPage entry is only a fallback for a real article entry.
  return objects.find((o) => typed(o) && o["@type"] !== "WebPage") ?? objects.find(typed);
}

/**
 * Reads og:title, og:site_name, article:published_time / modified_time,
 * author, og:url / canonical, html lang and the page's JSON-LD article
 * (headline, dates, author, publisher, inLanguage). JSON-LD wins for dates
 * and authors, meta tags for title and site name.
 */
export function readPageMetadata(doc: Document): PageMetadata {
  const meta = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll("meta"))) {
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop")
      ?? el.getAttribute("http-equiv"))?.toLowerCase();
    const content = text(el.getAttribute("content"));
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const pick = (...keys: string[]) => keys.map((k) => meta.get(k)).find(Boolean);
  const ld = jsonLdArticle(doc) ?? {};
  const page = ld.mainEntityOfPage as Json | string | undefined;
  const canonical = text(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"));
  const metaAuthor = pick("author", "article:author", "dc.creator", "parsely-author", "sailthru.author");
  return {
    title: pick("og:title", "twitter:title", "dc.title") ?? text(ld.headline) ?? text(doc.title),
    siteName: pick("og:site_name", "application-name") ?? names(ld.publisher),
    author: names(ld.author) ?? (metaAuthor && !/^https?:\/\//.test(metaAuthor) ? metaAuthor : undefined),
    publishedTime: text(ld.datePublished)
      ?? pick("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate", "dc.date", "date"),
    modifiedTime: text(ld.dateModified) ?? pick("article:modified_time", "og:updated_time", "datemodified"),
    // An absolute address wins, so a relative canonical does not hide a usable og:url.
    url: [canonical, pick("og:url"), text(ld.url), text(typeof page === "string" ? page : page?.["@id"])]
      .find((u) => u && /^https?:\/\//i.test(u)) ?? canonical,
    lang: text(doc.documentElement.getAttribute("lang")) ?? pick("content-language", "og:locale") ?? text(ld.inLanguage),
  };
}
