import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { findArticle } from "@/lib/server/articles/find-article";
import { userNames } from "@/lib/server/core/user-names";

/** How many deleted claims the list shows, newest deletion first. */
const LIMIT = 500;

/**
 * The article's deleted claims, newest deletion first: what was deleted, by
 * whom (the deletion is the claim's last change) and when, so any teammate
 * can restore one after a reload.
 */
export async function listDeletedClaims(actor: Actor, articleId: string) {
  const db = getDb();
  authorize(actor, "article.read", await findArticle(db, actor, articleId));
  const rows = await db.claim.findMany({
    where: { articleId, workspaceId: actor.workspaceId, deletedAt: { not: null } },
    select: { id: true, exact: true, verdict: true, version: true, deletedAt: true, updatedById: true },
    orderBy: { deletedAt: "desc" },
    take: LIMIT,
  });
  const names = await userNames(rows.map((r) => r.updatedById));
  return rows.map((r) => ({
    id: r.id,
    exact: r.exact,
    verdict: r.verdict,
    version: r.version,
    deletedAt: r.deletedAt!.toISOString(),
    deletedBy: { id: r.updatedById, name: names.get(r.updatedById) ?? "Former member" },
  }));
}
export type DeletedClaimView = Awaited<ReturnType<typeof listDeletedClaims>>[number];
