import "server-only";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { docToPlainText } from "@/lib/editor/plain-text";
import { parseDoc } from "@/lib/editor/schema";
import type { ImportInput } from "@/lib/import/prepare-import";
import { runImportInWorker } from "@/lib/server/core/import-pool";
import { contentHashOf, findDuplicateArticle } from "@/lib/server/articles/find-duplicate-article";

/**
 * Reads a source for the review screen: cleaned content, detected metadata,
 * warnings, and whether the same text is already in the workspace. Saves nothing.
 */
export async function previewImport(actor: Actor, input: ImportInput) {
  authorize(actor, "article.import");
  const { preview, doc } = await runImportInWorker(input);
  const plainText = docToPlainText(parseDoc(doc));
  const duplicateOf = await findDuplicateArticle(actor.workspaceId, contentHashOf(plainText));
  const words = plainText.split(/\s+/).filter(Boolean).length;
  return {
    ...preview,
    publishedAt: preview.publishedAt?.toISOString(),
    sourceUpdatedAt: preview.sourceUpdatedAt?.toISOString(),
    words,
    duplicateOf,
  };
}
export type ImportPreviewView = Awaited<ReturnType<typeof previewImport>>;
