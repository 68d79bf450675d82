import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { findClaim } from "@/lib/server/claims/find-claim";
import { linkInclude, toLinkView } from "@/lib/server/links/link-view";
import { userNames } from "@/lib/server/core/user-names";

/** The links from a live claim, oldest first, with the target article's title and outlet (orphans included). */
export async function listClaimLinks(actor: Actor, articleId: string, claimId: string) {
  const db = getDb();
  authorize(actor, "claim.read", await findClaim(db, actor, articleId, claimId));
  const links = await db.passageLink.findMany({
    where: { claimId, workspaceId: actor.workspaceId },
    include: linkInclude,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const names = await userNames(links.flatMap((l) => [l.createdById, l.updatedById]));
  return links.map((l) => toLinkView(l, names));
}
