import "server-only";
import type { Tx } from "@/lib/db";
import { CLAIM_CONTRIBUTION_ACTIONS, type ReviewClaimResource, type ReviewScope } from "@/lib/domain/policies/review-policy";
import type { Actor } from "@/lib/domain/roles";
import { findActiveSessionArticles, type WorkTarget } from "@/lib/server/sessions/find-session-article";

/**
 * The article's review scope (its open sessions' assignments) and the rows
 * behind it, for work-status moves. With `lock` (writes), the sessions' rows
 * are locked first, as every session write does, and before any audit row
 * (the audit stream's lock comes last).
 */
export async function loadReviewScope(tx: Tx, actor: Actor, articleId: string, { lock = true } = {}): Promise<ReviewScope & { targets: WorkTarget[] }> {
  if (lock) {
    const sessions = await tx.sessionArticle.findMany({
      where: { articleId, session: { workspaceId: actor.workspaceId, status: { in: ["OPEN", "IN_REVIEW"] } } },
      select: { sessionId: true },
      orderBy: { sessionId: "asc" },
    });
    for (const { sessionId } of sessions) await tx.$queryRaw`SELECT 1 FROM "AnnotationSession" WHERE id = ${sessionId} FOR UPDATE`;
  }
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

type ClaimAuthors = { id: string; createdById: string; updatedById: string };

/**
 * Everyone who created or changed each claim in any version, or added or
 * removed its evidence: from the audit trail, plus the claims' and evidence's
 * own columns (the ClaimReview_not_own_work trigger asks the same).
 */
export async function claimContributors(tx: Tx, claims: readonly ClaimAuthors[]): Promise<Map<string, string[]>> {
  const ids = claims.map((c) => c.id);
  const [evidence, events] = await Promise.all([
    tx.evidence.findMany({ where: { claimId: { in: ids } }, select: { claimId: true, createdById: true } }),
    tx.auditEvent.findMany({
      where: { claimId: { in: ids }, action: { in: [...CLAIM_CONTRIBUTION_ACTIONS] }, actorId: { not: null } },
      select: { claimId: true, actorId: true },
      distinct: ["claimId", "actorId"],
    }),
  ]);
  const sets = new Map(claims.map((c) => [c.id, new Set([c.createdById, c.updatedById])]));
  for (const e of evidence) sets.get(e.claimId)?.add(e.createdById);
  for (const e of events) if (e.claimId && e.actorId) sets.get(e.claimId)?.add(e.actorId);
  return new Map([...sets].map(([id, set]) => [id, [...set]]));
}

/** What `authorize(actor, "claim.review", …)` looks at, with the session rows a review may move. */
export async function reviewClaimResource(tx: Tx, actor: Actor, claim: ClaimAuthors & { articleId: string }) {
  const scope = await loadReviewScope(tx, actor, claim.articleId);
  const contributors = await claimContributors(tx, [claim]);
  const resource: ReviewClaimResource = { workspaceId: scope.workspaceId, assignments: scope.assignments, contributorIds: contributors.get(claim.id) ?? [] };
  return { resource, targets: scope.targets };
}
