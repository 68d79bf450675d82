import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { findClaim } from "@/lib/server/claims/find-claim";
import { userNames } from "@/lib/server/core/user-names";

/** How many dismissals the list shows, newest first. */
const LIMIT = 200;

/**
 * The passages dismissed as suggestions for a claim, newest first: the
 * passage's words, its article, who dismissed it and when, so anyone who may
 * read the claim sees what was set aside (and an editor can restore it).
 */
export async function listDismissedSuggestions(actor: Actor, articleId: string, claimId: string) {
  const db = getDb();
  authorize(actor, "claim.read", await findClaim(db, actor, articleId, claimId));
  const rows = await db.dismissedSuggestion.findMany({
    where: { claimId, targetArticle: { workspaceId: actor.workspaceId, deletedAt: null } },
    select: {
      id: true, text: true, createdAt: true, createdById: true,
      targetArticle: { select: { id: true, title: true, outlet: true, publishedAt: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: LIMIT,
  });
  const names = await userNames(rows.map((r) => r.createdById));
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    article: { ...r.targetArticle, publishedAt: r.targetArticle.publishedAt?.toISOString() ?? null },
    dismissedAt: r.createdAt.toISOString(),
    dismissedBy: { id: r.createdById, name: names.get(r.createdById) ?? "Former member" },
  }));
}
export type DismissedSuggestionView = Awaited<ReturnType<typeof listDismissedSuggestions>>[number];
