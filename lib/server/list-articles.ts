import { getDb } from "@/lib/db";
import { canReadArticles } from "@/lib/domain/policies/article-policy";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";

export interface ListArticlesQuery {
  limit?: number;
  offset?: number;
}

/** The workspace's articles, newest first, without their text. */
export async function listArticles(actor: Actor, query: ListArticlesQuery = {}) {
  authorize(actor, canReadArticles, "read articles");
  const where = { workspaceId: actor.workspaceId };
  const [items, total] = await getDb().$transaction([
    getDb().article.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: query.limit ?? 50,
      skip: query.offset ?? 0,
      select: {
        id: true, title: true, outlet: true, url: true, author: true, publishedAt: true,
        sourceUpdatedAt: true, language: true, createdAt: true, updatedAt: true,
      },
    }),
    getDb().article.count({ where }),
  ]);
  return { items, total };
}
