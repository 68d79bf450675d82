import "server-only";
import type { Tx } from "@/lib/db";
import type { ClaimReviewStatus, SignOffStatus } from "@/lib/domain/exports/report-types";
import { userNames } from "@/lib/server/core/user-names";
import { workspaceStream } from "@/lib/server/core/audit";
import { loadClaimReviewStates } from "@/lib/server/reviews/claim-review-states";

/** Review and sign-off data of the claims, articles and session a report covers. */
export interface ReviewStates {
  /** By claim id; a claim missing here is "not reviewed". */
  claims: Map<string, ClaimReviewStatus>;
  /** By article id; a missing article is "not signed off". */
  articleSignOffs: Map<string, SignOffStatus>;
  /** The session's sign-off, when a session was asked about. */
  sessionSignOff: SignOffStatus | null;
}

/**
 * THE switch point for review data: every report, ClaimReview and export
 * reads claim reviews and sign-offs through this one function. A claim's
 * state is its latest review against the claim now (lib/domain/reviews: an
 * approval lapses when the claim changed); an article's sign-off is its
 * latest one (superseded or not); a session's is the audited move that
 * signed it off, superseded once the session left SIGNED_OFF.
 */
export async function loadReviewStates(
  db: Tx,
  workspaceId: string,
  scope: { claimIds: readonly string[]; articleIds: readonly string[]; sessionId?: string },
): Promise<ReviewStates> {
  const [states, signOffs, session, sessionEvent] = await Promise.all([
    loadClaimReviewStates(db, scope.claimIds),
    scope.articleIds.length
      ? db.articleSignOff.findMany({
          where: { workspaceId, articleId: { in: [...scope.articleIds] } },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          distinct: ["articleId"],
        })
      : [],
    scope.sessionId ? db.annotationSession.findFirst({ where: { id: scope.sessionId, workspaceId }, select: { status: true } }) : null,
    scope.sessionId
      ? db.auditEvent.findFirst({
          where: { stream: workspaceStream(workspaceId), entityId: scope.sessionId, action: "session.status_changed", data: { path: ["to"], equals: "SIGNED_OFF" } },
          orderBy: { seq: "desc" },
        })
      : null,
  ]);
  const names = await userNames(
    [...[...states.values()].flatMap((s) => (s.latest ? [s.latest.reviewerId] : [])), ...signOffs.map((s) => s.signedById), ...(sessionEvent?.actorId ? [sessionEvent.actorId] : [])],
    db,
  );
  const claims = new Map<string, ClaimReviewStatus>();
  for (const [claimId, s] of states) {
    if (!s.latest) continue;
    claims.set(claimId, { state: s.state, reviewer: names.get(s.latest.reviewerId) ?? null, at: s.latest.createdAt.toISOString(), version: s.latest.claimVersion });
  }
  const articleSignOffs = new Map<string, SignOffStatus>(
    signOffs.map((s) => [s.articleId, { by: names.get(s.signedById) ?? "A former member", at: s.createdAt.toISOString(), superseded: s.supersededAt !== null }]),
  );
  const sessionSignOff: SignOffStatus | null =
    session && sessionEvent
      ? { by: (sessionEvent.actorId && names.get(sessionEvent.actorId)) || "Crosscheck", at: sessionEvent.createdAt.toISOString(), superseded: session.status !== "SIGNED_OFF" }
      : null;
  return { claims, articleSignOffs, sessionSignOff };
}
