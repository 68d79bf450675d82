import { buildOpenApiDocument } from "@/lib/api/openapi";
import type { DefinedRoute } from "@/lib/http/route-spec";
import * as health from "@/app/api/health/route";
import * as articles from "@/app/api/v1/articles/route";
import * as article from "@/app/api/v1/articles/[id]/route";
import * as claims from "@/app/api/v1/articles/[id]/claims/route";
import * as claim from "@/app/api/v1/articles/[id]/claims/[claimId]/route";
import * as cluster from "@/app/api/v1/articles/[id]/claims/[claimId]/cluster/route";
import * as disagreementReason from "@/app/api/v1/articles/[id]/claims/[claimId]/cluster/disagreement-reason/route";
import * as evidence from "@/app/api/v1/articles/[id]/claims/[claimId]/evidence/route";
import * as evidenceItem from "@/app/api/v1/articles/[id]/claims/[claimId]/evidence/[evidenceId]/route";
import * as claimLinks from "@/app/api/v1/articles/[id]/claims/[claimId]/links/route";
import * as restore from "@/app/api/v1/articles/[id]/claims/[claimId]/restore/route";
import * as articleRestore from "@/app/api/v1/articles/[id]/restore/route";
import * as confirmText from "@/app/api/v1/articles/[id]/claims/[claimId]/confirm-text/route";
import * as deletedClaims from "@/app/api/v1/articles/[id]/claims/deleted/route";
import * as suggestions from "@/app/api/v1/articles/[id]/claims/[claimId]/suggestions/route";
import * as dismiss from "@/app/api/v1/articles/[id]/claims/[claimId]/suggestions/dismiss/route";
import * as dismissedSuggestions from "@/app/api/v1/articles/[id]/claims/[claimId]/suggestions/dismissed/route";
import * as dismissedSuggestion from "@/app/api/v1/articles/[id]/claims/[claimId]/suggestions/dismissed/[dismissalId]/route";
import * as incomingLinks from "@/app/api/v1/articles/[id]/incoming-links/route";
import * as revisions from "@/app/api/v1/articles/[id]/revisions/route";
import * as link from "@/app/api/v1/links/[linkId]/route";
import * as me from "@/app/api/v1/me/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as workspaces from "@/app/api/v1/workspaces/route";
import * as sessions from "@/app/api/v1/sessions/route";
import * as session from "@/app/api/v1/sessions/[id]/route";
import * as sessionArticles from "@/app/api/v1/sessions/[id]/articles/route";
import * as sessionArticle from "@/app/api/v1/sessions/[id]/articles/[articleId]/route";
import * as myWork from "@/app/api/v1/me/work/route";
import * as notifications from "@/app/api/v1/notifications/route";
import * as notificationsRead from "@/app/api/v1/notifications/read/route";
import * as articleReport from "@/app/api/v1/articles/[id]/report/route";
import * as sessionReport from "@/app/api/v1/sessions/[id]/report/route";
import * as exportJob from "@/app/api/v1/exports/[jobId]/route";
import * as exportFile from "@/app/api/v1/exports/[jobId]/file/route";
import * as articleClaimReviews from "@/app/api/v1/articles/[id]/claim-reviews/route";
import * as sessionClaimReviews from "@/app/api/v1/sessions/[id]/claim-reviews/route";
import * as articleAnnotations from "@/app/api/v1/articles/[id]/annotations/route";
import * as sessionAnnotations from "@/app/api/v1/sessions/[id]/annotations/route";
import * as annotations from "@/app/api/v1/annotations/route";
import * as annotationImport from "@/app/api/v1/annotations/import/route";
import * as publisher from "@/app/api/v1/settings/publisher/route";
import * as claimPublication from "@/app/api/v1/articles/[id]/claims/[claimId]/claim-review/route";
import * as articlePublication from "@/app/api/v1/articles/[id]/publication/route";
import * as claimReviews from "@/app/api/v1/articles/[id]/claims/[claimId]/reviews/route";
import * as claimComments from "@/app/api/v1/articles/[id]/claims/[claimId]/comments/route";
import * as resolveThread from "@/app/api/v1/articles/[id]/claims/[claimId]/comments/[commentId]/resolve/route";
import * as signOff from "@/app/api/v1/articles/[id]/sign-off/route";
import * as articleReview from "@/app/api/v1/articles/[id]/review/route";
import * as articleHistory from "@/app/api/v1/articles/[id]/history/route";
import * as reviewQueue from "@/app/api/v1/reviews/queue/route";
import * as auditVerify from "@/app/api/v1/audit/verify/route";
import * as events from "@/app/api/v1/events/route";
import * as presence from "@/app/api/v1/presence/route";
import * as checkDone from "@/app/api/v1/sessions/[id]/articles/[articleId]/done/route";
import * as checkReopen from "@/app/api/v1/sessions/[id]/articles/[articleId]/reopen/route";
import * as differences from "@/app/api/v1/sessions/[id]/articles/[articleId]/differences/route";
import * as agreement from "@/app/api/v1/sessions/[id]/agreement/route";

/** Every route module of the API, in the order the document lists them. Add a new route.ts here. */
const modules = () => [
  me, workspaces, articles, article, articleRestore, revisions, claims, deletedClaims, claim, restore, confirmText, evidence, evidenceItem,
  claimLinks, link, incomingLinks, suggestions, dismiss, dismissedSuggestions, dismissedSuggestion, cluster, disagreementReason,
  sessions, session, sessionArticles, sessionArticle, myWork, notifications, notificationsRead, health, openapi,
  // Exports (issue 10)
  articleReport, sessionReport, exportJob, exportFile, articleClaimReviews, sessionClaimReviews,
  articleAnnotations, sessionAnnotations, annotations, annotationImport, publisher, claimPublication, articlePublication,
  // Reviews (issue 9)
  claimReviews, claimComments, resolveThread, signOff, articleReview, articleHistory, reviewQueue, auditVerify,
  // Live updates (issue 8)
  events, presence,
  // Agreement (issue 13)
  checkDone, checkReopen, differences, agreement,
];

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/**
 * The routes of every module, each as its handler carrying its description.
 * A function, not a constant: openapi.json/route.ts imports this module, and
 * the list is read only once every route module has loaded.
 */
export function apiRoutes(): DefinedRoute[] {
  return modules().flatMap((routeModule) => METHODS.flatMap((method) => (method in routeModule ? [(routeModule as Record<string, DefinedRoute>)[method]] : [])));
}

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

/** The OpenAPI 3.1 document, generated from the route descriptions once per process. */
export function openApiDocument() {
  return (document ??= buildOpenApiDocument(apiRoutes().map((route) => route.route)));
}
