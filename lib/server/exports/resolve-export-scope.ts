import "server-only";
import type { Tx } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { findArticle } from "@/lib/server/articles/find-article";
import { findReportSession } from "@/lib/server/exports/load-session-report";

/** What an export covers: one article, a session's articles, or the whole workspace. */
export type ExportScope = { type: "article"; id: string } | { type: "session"; id: string } | { type: "workspace" };

/**
 * The articles of an export's scope, in order (a session's in its own order,
 * the workspace's by publication, so two workspaces holding the same articles export alike), after checking the actor may export and the
 * article or session is in the workspace (else NOT_FOUND).
 */
export async function resolveExportScope(db: Tx, actor: Actor, scope: ExportScope) {
  authorize(actor, "export.create");
  if (scope.type === "article") {
    await findArticle(db, actor, scope.id);
    const article = await db.article.findUniqueOrThrow({ where: { id: scope.id }, select: { title: true, publicationUrl: true } });
    return { articleIds: [scope.id], label: article.title, publicationUrl: article.publicationUrl };
  }
  if (scope.type === "session") {
    const session = await findReportSession(db, actor.workspaceId, scope.id);
    return { articleIds: session.articles.map((a) => a.articleId), label: session.name, publicationUrl: session.publicationUrl };
  }
  const [workspace, articles] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { name: true } }),
    db.article.findMany({ where: { workspaceId: actor.workspaceId, deletedAt: null }, orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { title: "asc" }, { createdAt: "asc" }], select: { id: true } }),
  ]);
  return { articleIds: articles.map((a) => a.id), label: workspace.name, publicationUrl: null };
}
