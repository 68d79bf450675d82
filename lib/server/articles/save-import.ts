import "server-only";
import type { ArticleMetadata } from "@/lib/domain/article-input";
import type { Actor } from "@/lib/domain/roles";
import { htmlToDoc } from "@/lib/editor/html-to-doc";
import { sanitizeArticleHtml } from "@/lib/import/sanitize-article-html";
import { createArticle } from "@/lib/server/articles/create-article";

/**
 * Saves a reviewed import. The HTML comes back from the browser, so it is
 * sanitised again: the server never trusts what it sent out.
 */
export function saveImport(actor: Actor, html: string, metadata: ArticleMetadata) {
  return createArticle(actor, metadata, htmlToDoc(sanitizeArticleHtml(html)));
}
