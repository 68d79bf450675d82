import "server-only";
import type { Tx } from "@/lib/db";
import { CLAIM_CONTRIBUTION_ACTIONS, type ReviewClaimResource, type ReviewScope } from "@/lib/domain/policies/review-policy";
import type { Actor } from "@/lib/domain/roles";
import { findActiveSessionArticles, type WorkTarget } from "@/lib/server/sessions/find-session-article";

/** The article's review scope (its open sessions' assignments) and the rows behind it, for work-status moves. */
export async function loadReviewScope(tx: Tx, actor: Actor, articleId: string): Promise<ReviewScope & { targets: WorkTarget[] }> {
  // Every session write locks its session row first, and before any audit row
  // (the audit stream's lock comes last): the moves a review makes do the same.
  const sessions = await tx.sessionArticle.findMany({
    where: { articleId, session: { workspaceId: actor.workspaceId, status: { in: ["OPEN", "IN_REVIEW"] } } },
    select: { sessionId: true },
    orderBy: { sessionId: "asc" },
  });
  for (const { sessionId } of sessions) await tx.$queryRaw`SELECT 1 FROM "AnnotationSession" WHERE id = ${sessionId} FOR UPDATE`;
  const targets = await findActiveSessionArticles(tx, actor, articleId);
  return {
    workspaceId: actor.workspaceId,
    targets,
    assignments: targets.map((t) => ({
      editorIds: t.editors.map((e) => e.userId),
      reviewerId: t.reviewerId,
      anyReviewerMayReview: t.session.anyReviewerMayReview,
    })),
  };
}

/**
 * Everyone who created or changed the claim in any version, or added or
 * removed its evidence: from the audit trail, plus the claim's and its
 * evidence's own columns (the ClaimReview_not_own_work trigger asks the same).
 */
export async function claimContributorIds(tx: Tx, claim: { id: string; createdById: string; updatedById: string }): Promise<string[]> {
  const [evidence, events] = await Promise.all([
    tx.evidence.findMany({ where: { claimId: claim.id }, select: { createdById: true } }),
    tx.auditEvent.findMany({
      where: { claimId: claim.id, action: { in: [...CLAIM_CONTRIBUTION_ACTIONS] }, actorId: { not: null } },
      select: { actorId: true },
      distinct: ["actorId"],
    }),
  ]);
  const ids = new Set([claim.createdById, claim.updatedById, ...evidence.map((e) => e.createdById)]);
  for (const e of events) if (e.actorId) ids.add(e.actorId);
  return [...ids];
}

/** What `authorize(actor, "claim.review", …)` looks at. */
export async function reviewClaimResource(tx: Tx, actor: Actor, claim: { id: string; articleId: string; createdById: string; updatedById: string }) {
  const scope = await loadReviewScope(tx, actor, claim.articleId);
  const resource: ReviewClaimResource = { ...scope, contributorIds: await claimContributorIds(tx, claim) };
  return { resource, targets: scope.targets };
}
