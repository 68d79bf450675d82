import "server-only";
import type { ArticleMetadata } from "@/lib/domain/article-input";
import type { Actor } from "@/lib/domain/roles";
import { htmlToDoc } from "@/lib/editor/html-to-doc";
import { articleHandle, type ArticleHandle } from "@/lib/factories/article-handle";
import { paragraphsDoc, splitParagraphs } from "@/lib/factories/paragraphs-doc";
import { uniqueSuffix } from "@/lib/factories/unique-suffix";
import { createArticle } from "@/lib/server/articles/create-article";
import { importArticle } from "@/lib/server/articles/import-article";

/** Metadata (all optional) and at most one kind of content. */
export interface ArticleSpec extends Omit<Partial<ArticleMetadata>, "publishedAt"> {
  publishedAt?: Date | string | null;
  /** Article HTML, converted like a paste (htmlToDoc). */
  html?: string;
  /** One paragraph each. */
  paragraphs?: string[];
  /** Blank-line-separated paragraphs. */
  text?: string;
  /** TipTap JSON. */
  doc?: unknown;
  /** With `text` or `html`: through importArticle (cleaning, metadata detection), as the seed imports. */
  viaImport?: boolean;
}

/**
 * An article through the real operations (createArticle, or importArticle
 * with `viaImport`): validated, passages indexed, audited. Without content it
 * gets a unique paragraph, so two calls in one workspace are never duplicates.
 */
export async function makeArticle(actor: Actor, spec: ArticleSpec = {}): Promise<ArticleHandle> {
  const { html, paragraphs, text, doc, viaImport, publishedAt, ...rest } = spec;
  if ([html, paragraphs, text, doc].filter((c) => c !== undefined).length > 1) {
    throw new Error("makeArticle takes one of html, paragraphs, text or doc.");
  }
  const given = { ...rest, publishedAt: publishedAt == null ? publishedAt : new Date(publishedAt) };
  let created: Awaited<ReturnType<typeof createArticle>>;
  if (viaImport) {
    // The import detects what is not given, the title included.
    const url = given.url ?? undefined;
    const source = html !== undefined ? { kind: "html" as const, html, url } : { kind: "text" as const, text: text ?? "", url };
    created = await importArticle(actor, source, given);
  } else {
    const suffix = uniqueSuffix();
    const metadata: ArticleMetadata = { ...given, title: given.title ?? `Article ${suffix}` };
    const content =
      html !== undefined ? htmlToDoc(html)
      : paragraphs ? paragraphsDoc(paragraphs)
      : text !== undefined ? paragraphsDoc(splitParagraphs(text))
      : (doc ?? paragraphsDoc([`${metadata.title}.`, `Filed as ${suffix}.`]));
    created = await createArticle(actor, metadata, content);
  }
  return articleHandle(created, created.revision);
}
