import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import { findArticle } from "@/lib/server/articles/find-article";
import type { Actor } from "@/lib/domain/roles";
import { claimInclude, toClaimView } from "@/lib/server/claims/claim-view";
import { userNames } from "@/lib/server/core/user-names";
import { visibleClaimsWhere } from "@/lib/server/agreement/visible-claims-where";

/** The article's live claims in reading order (orphans last), with evidence. */
export async function listClaims(actor: Actor, articleId: string) {
  const db = getDb();
  authorize(actor, "article.read", await findArticle(db, actor, articleId));
  const claims = await db.claim.findMany({
    where: { ...visibleClaimsWhere(actor), articleId, workspaceId: actor.workspaceId, deletedAt: null },
    include: claimInclude,
    orderBy: [{ orphaned: "asc" }, { start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
  });
  const names = await userNames(claims.flatMap((c) => [c.createdById, c.updatedById]));
  return claims.map((c) => toClaimView(c, names));
}
