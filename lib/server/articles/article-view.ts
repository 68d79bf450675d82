import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The article columns every view shows (list rows carry no more than these). */
export interface ArticleRow {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  author: string | null;
  publishedAt: Date | null;
  sourceUpdatedAt: Date | null;
  /** The zone the source's dateline named (IANA name or offset), when it named one. */
  sourceTimeZone: string | null;
  language: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A revision as read: the document and text are left out by reads that do not need them. */
export interface RevisionRow {
  id: string;
  number: number;
  sha256: string;
  createdAt: Date;
  plainText?: string;
  doc?: Prisma.JsonValue;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The public shape of an article without its text (list rows, API, pages). */
export function toArticleSummary(article: ArticleRow) {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    author: article.author,
    publishedAt: iso(article.publishedAt),
    sourceUpdatedAt: iso(article.sourceUpdatedAt),
    sourceTimeZone: article.sourceTimeZone,
    language: article.language,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
  };
}
export type ArticleSummary = ReturnType<typeof toArticleSummary>;

/** The public shape of an article with its current revision (API, annotator, link workbench). */
export function toArticleView(article: ArticleRow, revision: RevisionRow) {
  return {
    ...toArticleSummary(article),
    revision: {
      id: revision.id,
      number: revision.number,
      sha256: revision.sha256,
      createdAt: revision.createdAt.toISOString(),
      ...(revision.plainText !== undefined && { plainText: revision.plainText }),
      ...(revision.doc !== undefined && { doc: revision.doc as Record<string, unknown> }),
    },
  };
}
export type ArticleView = ReturnType<typeof toArticleView>;
/** An article view with its revision's text and document, as reads that ask for both return it. */
export type FullArticleView = ArticleView & { revision: { plainText: string; doc: Record<string, unknown> } };
