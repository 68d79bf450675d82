import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { userNames } from "@/lib/server/core/user-names";

/** The workspace's articles in the trash, most recently deleted first, with who deleted them. */
export async function listDeletedArticles(actor: Actor) {
  authorize(actor, "article.list");
  const rows = await getDb().article.findMany({
    where: { workspaceId: actor.workspaceId, deletedAt: { not: null } },
    orderBy: [{ deletedAt: "desc" }, { id: "asc" }],
    take: 500,
    select: { id: true, title: true, outlet: true, deletedAt: true, deletedById: true },
  });
  const names = await userNames(rows.flatMap((r) => (r.deletedById ? [r.deletedById] : [])));
  return rows.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, deletedAt: r.deletedAt!, deletedBy: r.deletedById ? (names.get(r.deletedById) ?? null) : null }));
}
export type DeletedArticleView = Awaited<ReturnType<typeof listDeletedArticles>>[number];
