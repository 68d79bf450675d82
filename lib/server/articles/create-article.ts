import "server-only";
import { getDb } from "@/lib/db";
import type { ArticleMetadata } from "@/lib/domain/article-input";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { docToPlainText } from "@/lib/editor/plain-text";
import { parseDoc } from "@/lib/editor/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/core/audit";
import { isUniqueViolation } from "@/lib/server/core/is-unique-violation";
import { BIG_WRITE } from "@/lib/server/core/transaction-options";
import { toArticleView, type FullArticleView } from "@/lib/server/articles/article-view";
import { contentHashOf, findDuplicateArticle } from "@/lib/server/articles/find-duplicate-article";
import { indexRevisionPassages } from "@/lib/server/articles/index-revision-passages";
import { sha256 } from "@/lib/server/core/sha256";

/**
 * Creates an article and its first, immutable revision from TipTap JSON.
 * The JSON is validated against the editor schema; the plain text and hashes
 * are derived here, never trusted from the client.
 * @throws AppError VALIDATION, EMPTY_CONTENT, DUPLICATE, FORBIDDEN
 */
export async function createArticle(actor: Actor, metadata: ArticleMetadata, docJson: unknown) {
  authorize(actor, "article.import");
  const doc = parseDoc(docJson, { dropClaims: true });
  const plainText = docToPlainText(doc);
  if (!plainText.trim()) throw new AppError("EMPTY_CONTENT", "The article has no text.");
  const contentHash = contentHashOf(plainText);
  const db = getDb();
  const duplicate = await findDuplicateArticle(actor.workspaceId, contentHash);
  if (duplicate) {
    const where = duplicate.deletedAt ? ", in the trash; restore it from the trash instead" : "";
    throw new AppError("DUPLICATE", `This text is already in the workspace as “${duplicate.title}”${where}.`, {
      articleId: duplicate.id,
    });
  }
  try {
    return await db.$transaction(async (tx) => {
      const article = await tx.article.create({
        data: { ...metadata, workspaceId: actor.workspaceId, contentHash, createdById: actor.userId },
      });
      const revision = await tx.articleRevision.create({
        data: {
          articleId: article.id,
          number: 1,
          doc: doc.toJSON() as Prisma.InputJsonValue,
          plainText,
          sha256: sha256(plainText),
          createdById: actor.userId,
        },
        select: { id: true, number: true, sha256: true, plainText: true, doc: true, createdAt: true },
      });
      await indexRevisionPassages(tx, { workspaceId: actor.workspaceId, articleId: article.id, revisionId: revision.id, plainText });
      await recordAudit(tx, actor, {
        action: "article.created",
        entityType: "Article",
        entityId: article.id,
        articleId: article.id,
        data: { title: article.title, revisionId: revision.id },
      });
      // The new revision carries its text and document, so the view has both.
      return toArticleView(article, revision) as FullArticleView;
    }, BIG_WRITE);
  } catch (error) {
    // Two imports of the same text racing each other: the unique index decides.
    if (isUniqueViolation(error)) {
      throw new AppError("DUPLICATE", "This text is already in the workspace.");
    }
    throw error;
  }
}
