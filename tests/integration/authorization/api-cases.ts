import type { Ability } from "@/lib/domain/policies/abilities";
import { deleteArticle } from "@/lib/server/articles/delete-article";
import { getDb } from "@/lib/db";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { dismissSuggestion } from "@/lib/server/links/dismiss-suggestion";
import { addClaimComment } from "@/lib/server/reviews/add-claim-comment";
import type { RouteCall } from "../api-client";
import type { RoleKey, World } from "./world";

/**
 * Who may call an operation: an ability of lib/domain/policies (its own
 * predicate decides, role by role), "member" (anyone signed in to the
 * workspace) or "public" (no sign-in at all).
 */
export type Allowed = Ability | "member" | "public";

export interface OperationCase {
  allowed: Allowed;
  /**
   * A valid request on fresh resources of `w` (the matrix calls it for each role, with ids of its own workspace or another's).
   * `caller` is the role making it (none: anonymous), for resources that only their owner may see, such as an export job.
   */
  request?: (w: World, caller?: RoleKey) => Promise<RouteCall> | RouteCall;
  /** The operation does not depend on a workspace (the user's own data): another workspace's header changes nothing. */
  workspaceFree?: boolean;
  /**
   * What the ability's predicate is asked about, when more than the workspace
   * matters (a work move: who is assigned); `member` is the caller. Default:
   * a resource of the caller's workspace made by someone else.
   */
  resource?: (w: World, member: { userId: string }) => unknown;
}

/** The work move the matrix asks for: TO_DO → IN_PROGRESS, the assigned editor's (world.fresh.sessionArticle assigns). */
export const startWorkMove = (w: World) => ({
  workspaceId: w.workspaceId,
  from: "TO_DO",
  to: "IN_PROGRESS",
  editorIds: [w.team.editor.userId],
  reviewerId: w.team.reviewer.userId,
  anyReviewerMayReview: false,
});

/** The double check world.fresh.doubleCheck makes: the team's editor and admin check it, its reviewer reviews it. */
export const doubleCheckOf = (w: World) => ({ workspaceId: w.workspaceId, editorIds: [w.team.editor.userId, w.team.admin.userId], reviewerId: w.team.reviewer.userId });
const onDoubleCheck = (c: { sessionId: string; articleId: string }) => ({ params: { id: c.sessionId, articleId: c.articleId } });

const onArticle = async (w: World) => ({ params: { id: (await w.fresh.article()).id } });
const onSession = async (w: World) => ({ params: { id: (await w.fresh.session()).id } });
/** A finished export job of the caller's (an anonymous call asks about the admin's). */
const onExportJob = async (w: World, caller?: RoleKey) => ({ params: { jobId: (await w.fresh.exportJob(caller ?? "admin")).id } });
/** A one-annotation W3C collection, importable by an editor. */
const annotationUpload = async (w: World) => {
  const article = await w.fresh.article();
  return {
    query: { articleId: article.id },
    body: {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "Annotation",
      id: `urn:uuid:${crypto.randomUUID()}`,
      motivation: "assessing",
      target: { source: `urn:matrix:${article.id}`, selector: { type: "TextQuoteSelector", exact: "two months late" } },
    },
  };
};

const onClaim = async (w: World) => {
  const { claim } = await w.fresh.claim();
  return { params: { id: claim.articleId, claimId: claim.id } };
};

/** A claim tagged by the team's editor, on an article in no session: any reviewer or admin may review it. */
const reviewableClaim = (w: World) => ({ workspaceId: w.workspaceId, assignments: [], contributorIds: [w.team.editor.userId] });

/**
 * Every operation of the OpenAPI document, keyed "METHOD /path". A new route
 * needs one line here (the matrix fails loudly until it has one): who may
 * call it, and how to build a valid request.
 */
export const API_CASES: Record<string, OperationCase> = {
  "GET /api/health": { allowed: "public" },
  "GET /api/v1/openapi.json": { allowed: "public" },
  "GET /api/v1/me": { allowed: "member" },
  "GET /api/v1/workspaces": { allowed: "member", workspaceFree: true },
  "GET /api/v1/articles": { allowed: "article.list" },
  "POST /api/v1/articles": { allowed: "article.import", request: () => ({ body: { title: "Matrix import", text: `Imported for the matrix ${crypto.randomUUID()}.` } }) },
  "GET /api/v1/articles/{id}": { allowed: "article.read", request: onArticle },
  "DELETE /api/v1/articles/{id}": { allowed: "article.delete", request: onArticle },
  "POST /api/v1/articles/{id}/restore": {
    allowed: "article.restore",
    request: async (w) => {
      const article = await w.fresh.article();
      await deleteArticle(w.team.editor, article.id);
      return { params: { id: article.id } };
    },
  },
  "POST /api/v1/articles/{id}/revisions": {
    allowed: "article.correct",
    request: async (w) => {
      const article = await w.fresh.article();
      const doc = structuredClone(article.doc) as { content: { content: { text: string }[] }[] };
      doc.content[0].content[0].text += " Corrected.";
      return { params: { id: article.id }, body: { baseRevisionId: article.revisionId, doc } };
    },
  },
  "GET /api/v1/articles/{id}/claims": { allowed: "claim.read", request: onArticle },
  "POST /api/v1/articles/{id}/claims": {
    allowed: "claim.create",
    request: async (w) => {
      const article = await w.fresh.article();
      return { params: { id: article.id }, body: { revisionId: article.revisionId, anchor: article.anchorOf("two months late"), verdict: "PENDING" } };
    },
  },
  "GET /api/v1/articles/{id}/claims/{claimId}": { allowed: "claim.read", request: onClaim },
  "PATCH /api/v1/articles/{id}/claims/{claimId}": { allowed: "claim.update", request: async (w) => ({ ...(await onClaim(w)), body: { version: 1, verdict: "VERIFIED" } }) },
  "DELETE /api/v1/articles/{id}/claims/{claimId}": { allowed: "claim.delete", request: async (w) => ({ ...(await onClaim(w)), body: { version: 1 } }) },
  "POST /api/v1/articles/{id}/claims/{claimId}/restore": {
    allowed: "claim.restore",
    request: async (w) => {
      const { claim } = await w.fresh.claim();
      await deleteClaim(w.team.editor, claim.articleId, claim.id, claim.version);
      return { params: { id: claim.articleId, claimId: claim.id } };
    },
  },
  "GET /api/v1/articles/{id}/claims/deleted": { allowed: "claim.read", request: onArticle },
  "POST /api/v1/articles/{id}/claims/{claimId}/confirm-text": {
    allowed: "claim.update",
    request: async (w) => {
      const { claim } = await w.fresh.claim();
      // A correction flags a rated claim; the matrix only needs the flag set.
      await getDb().claim.update({ where: { id: claim.id }, data: { textChangedAt: new Date(), previousText: claim.anchor.quote.exact } });
      return { params: { id: claim.articleId, claimId: claim.id }, body: { version: claim.version } };
    },
  },
  "POST /api/v1/articles/{id}/claims/{claimId}/evidence": { allowed: "evidence.add", request: async (w) => ({ ...(await onClaim(w)), body: { url: "https://evidence.example/minutes", note: "p. 4" } }) },
  "DELETE /api/v1/articles/{id}/claims/{claimId}/evidence/{evidenceId}": {
    allowed: "evidence.remove",
    request: async (w) => {
      const { articleId, claimId, evidenceId } = await w.fresh.evidence();
      return { params: { id: articleId, claimId, evidenceId } };
    },
  },
  "GET /api/v1/articles/{id}/claims/{claimId}/links": { allowed: "claim.read", request: onClaim },
  "POST /api/v1/articles/{id}/claims/{claimId}/links": {
    allowed: "link.create",
    request: async (w) => {
      const { claim, target } = await w.fresh.claim();
      return {
        params: { id: claim.articleId, claimId: claim.id },
        body: { targetArticleId: target.id, revisionId: target.revisionId, anchor: target.anchorOf("the harbour tunnel opens in June"), relation: "CORROBORATES" },
      };
    },
  },
  "PATCH /api/v1/links/{linkId}": { allowed: "link.update", request: async (w) => ({ params: { linkId: (await w.fresh.link()).linkId }, body: { version: 1, relation: "CONTRADICTS" } }) },
  "DELETE /api/v1/links/{linkId}": { allowed: "link.delete", request: async (w) => ({ params: { linkId: (await w.fresh.link()).linkId }, body: { version: 1 } }) },
  "GET /api/v1/articles/{id}/incoming-links": { allowed: "article.read", request: onArticle },
  "GET /api/v1/articles/{id}/claims/{claimId}/suggestions": { allowed: "claim.read", request: onClaim },
  "POST /api/v1/articles/{id}/claims/{claimId}/suggestions/dismiss": {
    allowed: "suggestion.dismiss",
    request: async (w) => {
      const { articleId, claimId, passageId } = await w.fresh.suggestion();
      return { params: { id: articleId, claimId }, body: { passageId } };
    },
  },
  "GET /api/v1/articles/{id}/claims/{claimId}/suggestions/dismissed": { allowed: "claim.read", request: onClaim },
  "DELETE /api/v1/articles/{id}/claims/{claimId}/suggestions/dismissed/{dismissalId}": {
    allowed: "suggestion.restore",
    request: async (w) => {
      const { articleId, claimId, passageId } = await w.fresh.suggestion();
      const { id } = await dismissSuggestion(w.team.editor, articleId, claimId, passageId);
      return { params: { id: articleId, claimId, dismissalId: id } };
    },
  },
  "GET /api/v1/articles/{id}/claims/{claimId}/cluster": { allowed: "claim.read", request: onClaim },
  "POST /api/v1/articles/{id}/claims/{claimId}/cluster/disagreement-reason": {
    allowed: "cluster.explain_disagreement",
    request: async (w) => {
      const { articleId, claimId } = await w.fresh.disagreement();
      return { params: { id: articleId, claimId }, body: { reason: "The outlets report different dates." } };
    },
  },
  "GET /api/v1/me/work": { allowed: "member" },
  "GET /api/v1/notifications": { allowed: "member" },
  "GET /api/v1/events": { allowed: "member" },
  "POST /api/v1/presence": { allowed: "member", request: async (w) => ({ body: { articleId: (await w.fresh.article()).id } }) },
  "POST /api/v1/notifications/read": { allowed: "member", request: () => ({ body: { all: true } }) },
  "GET /api/v1/sessions": { allowed: "session.list" },
  "POST /api/v1/sessions": { allowed: "session.create", request: () => ({ body: { name: `Matrix session ${crypto.randomUUID().slice(0, 8)}` } }) },
  "GET /api/v1/sessions/{id}": { allowed: "session.read", request: async (w) => ({ params: { id: (await w.fresh.session()).id } }) },
  "PATCH /api/v1/sessions/{id}": { allowed: "session.update", request: async (w) => ({ params: { id: (await w.fresh.session()).id }, body: { version: 1, name: "Renamed by the matrix" } }) },
  "POST /api/v1/sessions/{id}/articles": {
    allowed: "session.assign",
    request: async (w) => ({
      params: { id: (await w.fresh.session()).id },
      body: { articleIds: [(await w.fresh.article()).id], editorIds: [w.team.editor.userId], reviewerId: w.team.reviewer.userId },
    }),
  },
  "PUT /api/v1/sessions/{id}/articles/{articleId}": {
    allowed: "session.assign",
    request: async (w) => ({
      params: { id: (await w.fresh.session()).id, articleId: (await w.fresh.article()).id },
      body: { editorIds: [w.team.editor.userId], reviewerId: w.team.reviewer.userId },
    }),
  },
  "PATCH /api/v1/sessions/{id}/articles/{articleId}": {
    allowed: "session_article.move",
    resource: startWorkMove,
    request: async (w) => {
      const { sessionId, articleId } = await w.fresh.sessionArticle();
      return { params: { id: sessionId, articleId }, body: { status: "IN_PROGRESS" } };
    },
  },
  "DELETE /api/v1/sessions/{id}/articles/{articleId}": {
    allowed: "session.assign",
    request: async (w) => {
      const { sessionId, articleId } = await w.fresh.sessionArticle();
      return { params: { id: sessionId, articleId } };
    },
  },
  "POST /api/v1/sessions/{id}/articles/{articleId}/done": {
    allowed: "agreement.mark_done",
    resource: doubleCheckOf,
    request: async (w) => onDoubleCheck(await w.fresh.doubleCheck({ done: false })),
  },
  "POST /api/v1/sessions/{id}/articles/{articleId}/reopen": {
    allowed: "agreement.reconcile",
    resource: doubleCheckOf,
    request: async (w) => ({ ...onDoubleCheck(await w.fresh.doubleCheck()), body: { editorId: w.team.editor.userId } }),
  },
  "GET /api/v1/sessions/{id}/articles/{articleId}/differences": {
    allowed: "agreement.reconcile",
    resource: doubleCheckOf,
    request: async (w) => onDoubleCheck(await w.fresh.doubleCheck()),
  },
  "POST /api/v1/sessions/{id}/articles/{articleId}/differences": {
    allowed: "agreement.reconcile",
    resource: doubleCheckOf,
    request: async (w) => {
      const check = await w.fresh.doubleCheck();
      return { ...onDoubleCheck(check), body: { key: check.key, action: "DROP", note: "Not a claim." } };
    },
  },
  "GET /api/v1/sessions/{id}/agreement": { allowed: "agreement.read", request: onSession },
  "GET /api/v1/articles/{id}/report": { allowed: "export.create", request: async (w) => ({ ...(await onArticle(w)), query: { format: "md" } }) },
  "GET /api/v1/sessions/{id}/report": { allowed: "export.create", request: async (w) => ({ ...(await onSession(w)), query: { format: "md" } }) },
  "GET /api/v1/exports/{jobId}": { allowed: "export.create", request: onExportJob },
  "GET /api/v1/exports/{jobId}/file": { allowed: "export.create", request: onExportJob },
  "GET /api/v1/articles/{id}/claim-reviews": { allowed: "export.create", request: onArticle },
  "GET /api/v1/sessions/{id}/claim-reviews": { allowed: "export.create", request: onSession },
  "GET /api/v1/articles/{id}/annotations": { allowed: "export.create", request: onArticle },
  "GET /api/v1/sessions/{id}/annotations": { allowed: "export.create", request: onSession },
  "GET /api/v1/annotations": { allowed: "export.create" },
  "POST /api/v1/annotations/import": { allowed: "annotation.import", request: annotationUpload },
  "GET /api/v1/settings/publisher": { allowed: "export.create" },
  "PUT /api/v1/settings/publisher": {
    allowed: "publisher.manage",
    request: () => ({
      body: {
        name: "Matrix Fact Desk",
        url: "https://matrix.example",
        logoUrl: null,
        ratings: { VERIFIED: { label: "True", rating: 5 }, DISPUTED: { label: "False", rating: 1 }, SOURCED_ONLY: { label: "Attributed", rating: 3 } },
      },
    }),
  },
  "GET /api/v1/articles/{id}/claims/{claimId}/claim-review": { allowed: "claim.read", request: onClaim },
  "PUT /api/v1/articles/{id}/claims/{claimId}/claim-review": {
    allowed: "claim.update",
    request: async (w) => ({ ...(await onClaim(w)), body: { claimReviewed: "The tunnel opens in June.", claimant: "The council" } }),
  },
  "GET /api/v1/articles/{id}/publication": { allowed: "article.read", request: onArticle },
  "PUT /api/v1/articles/{id}/publication": { allowed: "article.correct", request: async (w) => ({ ...(await onArticle(w)), body: { publicationUrl: "https://desk.example/checks/tunnel" } }) },
  // Reviews (issue 9)
  "GET /api/v1/articles/{id}/claims/{claimId}/reviews": { allowed: "review.read", request: onClaim },
  "POST /api/v1/articles/{id}/claims/{claimId}/reviews": {
    allowed: "claim.review",
    resource: reviewableClaim,
    request: async (w) => ({ ...(await onClaim(w)), body: { decision: "APPROVE", claimVersion: 1 } }),
  },
  "GET /api/v1/articles/{id}/claims/{claimId}/comments": { allowed: "review.read", request: onClaim },
  "POST /api/v1/articles/{id}/claims/{claimId}/comments": { allowed: "claim.comment", request: async (w) => ({ ...(await onClaim(w)), body: { text: "Which minutes?" } }) },
  "POST /api/v1/articles/{id}/claims/{claimId}/comments/{commentId}/resolve": {
    allowed: "claim.comment",
    request: async (w) => {
      const { claim } = await w.fresh.claim();
      const thread = await addClaimComment(w.team.editor, claim.articleId, claim.id, { text: "Checked with the council." });
      return { params: { id: claim.articleId, claimId: claim.id, commentId: thread.id } };
    },
  },
  "POST /api/v1/articles/{id}/sign-off": {
    allowed: "article.sign_off",
    resource: (w) => ({ workspaceId: w.workspaceId, assignments: [] }),
    request: async (w) => {
      const article = await w.fresh.article();
      return { params: { id: article.id }, body: { revisionId: article.revisionId } };
    },
  },
  "GET /api/v1/articles/{id}/review": { allowed: "review.read", request: onArticle },
  "GET /api/v1/articles/{id}/history": { allowed: "review.read", request: onArticle },
  "GET /api/v1/reviews/queue": { allowed: "review.queue" },
  "GET /api/v1/audit/verify": { allowed: "audit.verify" },
};
