import "server-only";
import type { ArticleMetadata } from "@/lib/domain/article-input";
import { articleMetadataSchema } from "@/lib/domain/article-input";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import type { ImportInput } from "@/lib/import/prepare-import";
import { parseInput } from "@/lib/domain/parse-input";
import { createArticle } from "@/lib/server/articles/create-article";
import { runImportInWorker } from "@/lib/server/core/import-pool";

/**
 * Imports one article in a single step (API, seed): extracts and cleans the
 * content (in the import worker pool), detects metadata, lets explicit
 * metadata win, and saves it.
 */
export async function importArticle(actor: Actor, source: ImportInput, overrides: Partial<ArticleMetadata> = {}) {
  // Refuse before doing any work (a viewer must not make the server fetch URLs).
  authorize(actor, "article.import");
  const title = overrides.title ?? undefined;
  const { preview, doc } = await runImportInWorker(source.kind === "text" || source.kind === "html" ? { ...source, title: source.title ?? title } : source);
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined && v !== null));
  const metadata = parseInput(articleMetadataSchema, {
    title: preview.title,
    outlet: preview.outlet,
    url: preview.url,
    author: preview.author,
    publishedAt: preview.publishedAt,
    sourceUpdatedAt: preview.sourceUpdatedAt,
    sourceTimeZone: preview.sourceTimeZone,
    language: preview.language,
    ...defined,
  });
  return createArticle(actor, metadata, doc);
}
