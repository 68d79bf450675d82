import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import type { ArticleMetadata } from "@/lib/domain/article-input";
import type { Actor } from "@/lib/domain/roles";
import { docToPlainText } from "@/lib/editor/plain-text";
import { parseDoc } from "@/lib/editor/schema";
import { articleHandle, type ArticleHandle } from "@/lib/factories/article-handle";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contentHashOf } from "@/lib/server/articles/find-duplicate-article";
import { indexRevisionsPassages } from "@/lib/server/articles/index-revision-passages";
import { BIG_WRITE } from "@/lib/server/core/transaction-options";
import { sha256 } from "@/lib/server/core/sha256";

export interface DirectArticle extends Omit<ArticleMetadata, "sourceUpdatedAt"> {
  /** TipTap JSON; validated and turned into plain text as createArticle does. */
  doc: unknown;
}

/**
 * The fast path for benchmarks: many articles and their first revisions in
 * one transaction of two multi-row INSERTs, with the columns createArticle
 * derives (validated doc, plain text, hashes) but no duplicate check and no
 * audit rows. Passages are indexed with the app's own SQL
 * (indexRevisionsPassages) unless `indexPassages` is false. Tests and the seed
 * use makeArticle.
 */
export async function insertArticles(
  owner: Pick<Actor, "userId" | "workspaceId">,
  articles: readonly DirectArticle[],
  { indexPassages = true }: { indexPassages?: boolean } = {},
): Promise<ArticleHandle[]> {
  const rows = articles.map(({ doc: json, ...metadata }) => {
    const doc = parseDoc(json, { dropClaims: true });
    const plainText = docToPlainText(doc);
    return { article: { ...metadata, id: randomUUID() }, revision: { id: randomUUID(), plainText, doc: doc.toJSON() as Prisma.InputJsonValue } };
  });
  await getDb().$transaction(async (tx) => {
    await tx.article.createMany({
      data: rows.map(({ article, revision }) => ({
        ...article,
        workspaceId: owner.workspaceId,
        contentHash: contentHashOf(revision.plainText),
        createdById: owner.userId,
      })),
    });
    await tx.articleRevision.createMany({
      data: rows.map(({ article, revision }) => ({
        ...revision,
        articleId: article.id,
        number: 1,
        sha256: sha256(revision.plainText),
        createdById: owner.userId,
      })),
    });
    if (!indexPassages) return;
    await indexRevisionsPassages(
      tx,
      rows.map(({ article, revision }) => ({ workspaceId: owner.workspaceId, articleId: article.id, revisionId: revision.id, plainText: revision.plainText })),
    );
  }, BIG_WRITE);
  return rows.map(({ article, revision }) => articleHandle(article, revision));
}
