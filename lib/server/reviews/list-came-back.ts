import "server-only";
import { getDb } from "@/lib/db";
import { quoteExcerpt } from "@/lib/domain/audit/describe-audit-event";
import { REVIEW_STATE_LABELS } from "@/lib/domain/reviews/review-state";
import type { Actor } from "@/lib/domain/roles";
import { userNames } from "@/lib/server/core/user-names";
import { loadClaimReviewStates } from "@/lib/server/reviews/claim-review-states";

/**
 * Claims of mine (tagged or last changed by me) that came back from review:
 * changes requested or the verdict rejected, and not changed since. Newest first.
 */
export async function listCameBack(actor: Actor, { limit = 50 } = {}) {
  const db = getDb();
  const reviewed = await db.claimReview.findMany({
    where: { workspaceId: actor.workspaceId, decision: { in: ["REQUEST_CHANGES", "REJECT"] }, claim: { deletedAt: null, OR: [{ createdById: actor.userId }, { updatedById: actor.userId }] } },
    orderBy: { createdAt: "desc" },
    distinct: ["claimId"],
    take: limit * 2,
    select: { claimId: true, claim: { select: { exact: true, articleId: true, article: { select: { title: true } } } } },
  });
  const states = await loadClaimReviewStates(db, reviewed.map((r) => r.claimId));
  const back = reviewed.filter((r) => {
    const s = states.get(r.claimId);
    return s && (s.state === "CHANGES_REQUESTED" || s.state === "REJECTED") && !s.changedSince;
  }).slice(0, limit);
  const names = await userNames(back.map((r) => states.get(r.claimId)!.latest!.reviewerId));
  return back.map((r) => {
    const s = states.get(r.claimId)!;
    return {
      id: r.claimId,
      href: `/articles/${r.claim.articleId}?claim=${r.claimId}`,
      title: quoteExcerpt(r.claim.exact, 80),
      detail: `${REVIEW_STATE_LABELS[s.state]} by ${names.get(s.latest!.reviewerId) ?? "a former member"} in ${quoteExcerpt(r.claim.article.title, 60)}`,
      at: s.latest!.createdAt.toISOString(),
    };
  });
}
