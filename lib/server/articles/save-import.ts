import "server-only";
import type { ArticleMetadata } from "@/lib/domain/article-input";
import type { Actor } from "@/lib/domain/roles";
import { createArticle } from "@/lib/server/articles/create-article";
import { reviewedHtmlToDocInWorker } from "@/lib/server/core/import-pool";

/**
 * Saves a reviewed import. The HTML comes back from the browser, so it is
 * sanitised again (in the import worker pool): the server never trusts what it sent out.
 */
export async function saveImport(actor: Actor, html: string, metadata: ArticleMetadata) {
  return createArticle(actor, metadata, await reviewedHtmlToDocInWorker(html));
}
