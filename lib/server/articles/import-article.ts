import "server-only";
import type { ArticleMetadata } from "@/lib/domain/article-input";
import { articleMetadataSchema } from "@/lib/domain/article-input";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { htmlToDoc } from "@/lib/editor/html-to-doc";
import { prepareImport, type ImportInput } from "@/lib/import/prepare-import";
import { parseInput } from "@/lib/domain/parse-input";
import { createArticle } from "@/lib/server/articles/create-article";

/**
 * Imports one article in a single step (API, seed): extracts and cleans the
 * content, detects metadata, lets explicit metadata win, and saves it.
 */
export async function importArticle(actor: Actor, source: ImportInput, overrides: Partial<ArticleMetadata> = {}) {
  // Refuse before doing any work (a viewer must not make the server fetch URLs).
  authorize(actor, "article.import");
  const title = overrides.title ?? undefined;
  const preview = await prepareImport(source.kind === "text" || source.kind === "html" ? { ...source, title: source.title ?? title } : source);
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined && v !== null));
  const metadata = parseInput(articleMetadataSchema, {
    title: preview.title,
    outlet: preview.outlet,
    url: preview.url,
    author: preview.author,
    publishedAt: preview.publishedAt,
    sourceUpdatedAt: preview.sourceUpdatedAt,
    language: preview.language,
    ...defined,
  });
  return createArticle(actor, metadata, htmlToDoc(preview.html));
}
