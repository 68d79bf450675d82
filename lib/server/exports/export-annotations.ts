import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { annotationCollection, annotationPage, type CollectionOptions } from "@/lib/domain/exports/w3c-collection";
import type { JsonObject } from "@/lib/domain/exports/w3c-annotations";
import type { Actor } from "@/lib/domain/roles";
import { loadAnnotations } from "@/lib/server/exports/load-annotations";
import { resolveExportScope, type ExportScope } from "@/lib/server/exports/resolve-export-scope";

/**
 * The claims and links of an article, a session or the workspace as a W3C
 * AnnotationCollection (first page embedded), or one AnnotationPage of it.
 * @throws AppError NOT_FOUND for an unknown scope or a page past the last
 */
export async function exportAnnotations(
  actor: Actor,
  scope: ExportScope,
  options: { collectionUrl: string; baseUrl: string; page?: number; pageSize: CollectionOptions["pageSize"] },
): Promise<JsonObject> {
  const db = getDb();
  const { articleIds, label } = await resolveExportScope(db, actor, scope);
  const items = await loadAnnotations(db, actor.workspaceId, articleIds, options.baseUrl);
  const collection: CollectionOptions = {
    collectionUrl: options.collectionUrl,
    label: `Crosscheck: ${label}`,
    pageSize: options.pageSize,
    generatedAt: new Date().toISOString(),
  };
  if (options.page === undefined) return annotationCollection(items, collection);
  const page = annotationPage(items, options.page, collection);
  if (!page) throw new AppError("NOT_FOUND", `This collection has no page ${options.page}.`);
  return page;
}
