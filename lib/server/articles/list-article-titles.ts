import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";

/**
 * The workspace's articles as id, title and outlet, in the article list's
 * order (newest publication first): what pickers show. Unlike listArticles it
 * neither searches nor counts claims, so it reads no claim rows at all.
 */
export async function listArticleTitles(actor: Actor, opts: { limit?: number } = {}) {
  authorize(actor, "article.list");
  return getDb().article.findMany({
    where: { workspaceId: actor.workspaceId, deletedAt: null },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
    take: opts.limit ?? 200,
    select: { id: true, title: true, outlet: true },
  });
}
