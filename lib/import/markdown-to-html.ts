import { Marked } from "marked";
import { sanitizeArticleHtml } from "@/lib/import/sanitize-article-html";

// A private instance, so extensions someone registers on the global `marked` cannot leak in.
const markdown = new Marked({ gfm: true, breaks: false, async: false });

/**
 * Renders Markdown to article HTML. Raw HTML inside the Markdown is allowed
 * through marked and then sanitised like any other HTML, so it cannot carry
 * scripts or markup the article schema does not hold.
 */
export function markdownToHtml(source: string, opts: { baseUrl?: string } = {}): string {
  // Front matter is file metadata, not article text.
  const body = source.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, "");
  const html = markdown.parse(body, { async: false });
  return sanitizeArticleHtml(html, opts);
}
