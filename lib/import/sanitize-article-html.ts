import sanitizeHtml from "sanitize-html";
import { normalizeHtmlBlocks } from "@/lib/import/normalize-html-blocks";

export { safeHref } from "@/lib/import/safe-href";

/** The only tags the annotator's schema can hold. */
export const ARTICLE_TAGS = ["p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a", "strong", "em", "br"];

const LINK_REL = "noopener noreferrer nofollow";

/** Blocks that mean nothing once empty (an image-only paragraph, a list whose items were dropped). */
const DROP_WHEN_EMPTY = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "strong", "em", "b", "i",
  "div", "section", "article",
]);

/** Tags whose text is never article text, even though sanitize-html would keep it by default. */
const NON_TEXT_TAGS = [
  "script", "style", "textarea", "option", "noscript", "template", "title", "head", "svg", "math",
  "iframe", "object", "nav", "aside", "footer", "form", "figcaption", "button", "select",
];

/** Options for sanitizeArticleHtml. */
export interface SanitizeOptions {
  /** Page address used to resolve relative links; links that stay relative are unwrapped. */
  baseUrl?: string;
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ARTICLE_TAGS,
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: NON_TEXT_TAGS,
  transformTags: {
    b: "strong",
    i: "em",
    h5: "h4",
    h6: "h4",
    // normalizeHtmlBlocks already resolved wrappers; these are the odd ones left inside lists or quotes.
    div: "p",
    section: "p",
    article: "p",
    // normalizeHtmlBlocks already made hrefs absolute and unwrapped unsafe links.
    a: (_tag, attribs) => ({ tagName: "a", attribs: { href: attribs.href ?? "", rel: LINK_REL } }),
  },
  exclusiveFilter: (frame) => DROP_WHEN_EMPTY.has(frame.tag) && !frame.text.trim(),
};

/**
 * Sanitises any HTML down to the article schema: paragraphs, h1-h4, lists,
 * blockquotes, http/https/mailto links (rel="noopener noreferrer nofollow"),
 * strong, em and br. Scripts, styles, event handlers, embeds, images,
 * captions, forms and page chrome (nav, aside, footer) are removed with their
 * content; b/i become strong/em and h5/h6 become h4.
 */
export function sanitizeArticleHtml(html: string, opts: SanitizeOptions = {}): string {
  const blocks = normalizeHtmlBlocks(html, opts.baseUrl);
  return sanitizeHtml(blocks, OPTIONS)
    .replace(/[ \t\r\n]*\n[ \t\r\n]*/g, "\n")
    .trim();
}
