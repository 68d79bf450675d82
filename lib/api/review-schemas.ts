import { z } from "zod";
import { auditItemSchema, isoDateTime, verdictSchema } from "@/lib/api/common-schemas";
import { REVIEW_DECISIONS } from "@/lib/domain/reviews/review-state";

const reviewState = z.enum(["NOT_REVIEWED", "APPROVED", "CHANGES_REQUESTED", "REJECTED", "LAPSED"]).meta({ id: "ReviewState" });
const decision = z.enum(REVIEW_DECISIONS).meta({ id: "ReviewDecision" });

/** lib/server/reviews/review-view.ts. */
export const reviewViewSchema = z
  .object({
    id: z.string(),
    claimId: z.string(),
    articleId: z.string(),
    revisionId: z.string().meta({ description: "The article revision the review was made on" }),
    claimVersion: z.number().int().meta({ description: "The claim version the review was made on" }),
    verdict: verdictSchema,
    decision,
    comment: z.string().nullable(),
    reviewerId: z.string(),
    reviewerName: z.string(),
    createdAt: isoDateTime,
  })
  .meta({ id: "ClaimReviewDecision" });

/** lib/server/reviews/list-claim-reviews.ts. */
export const claimReviewsSchema = z.object({
  claimId: z.string(),
  claimVersion: z.number().int(),
  state: reviewState,
  changedSince: z.boolean().meta({ description: "The claim changed after its latest review" }),
  reviewedVersion: z.number().int().nullable(),
  label: z.string().meta({ description: "The badge's words, e.g. \"Approved at v3, changed since\"" }),
  reviews: z.array(reviewViewSchema).meta({ description: "Newest first; lapsed reviews stay" }),
});

/** lib/server/reviews/comment-view.ts. */
export const commentViewSchema = z
  .object({
    id: z.string(),
    claimId: z.string(),
    parentId: z.string().nullable(),
    reviewId: z.string().nullable().meta({ description: "The request for changes or rejection that opened this thread" }),
    text: z.string(),
    mentions: z.array(z.string()),
    authorId: z.string(),
    authorName: z.string(),
    createdAt: isoDateTime,
    resolvedAt: isoDateTime.nullable(),
  })
  .meta({ id: "ClaimComment" });

/** lib/server/reviews/list-claim-thread.ts. */
export const claimThreadSchema = z.object({
  claimId: z.string(),
  threads: z.array(commentViewSchema.extend({ replies: z.array(commentViewSchema) })),
});

/** lib/server/reviews/sign-off-view.ts. */
export const signOffViewSchema = z
  .object({
    id: z.string(),
    articleId: z.string(),
    revisionId: z.string(),
    revisionSha256: z.string(),
    digest: z.string().meta({ description: "sha256 over the article, revision and every live claim's id, version, verdict and review (lib/domain/reviews/sign-off-digest.ts)" }),
    signedById: z.string(),
    signedByName: z.string(),
    createdAt: isoDateTime,
    supersededAt: isoDateTime.nullable(),
    supersededReason: z.string().nullable(),
  })
  .meta({ id: "ArticleSignOff" });

/** lib/server/reviews/get-article-review.ts. */
export const articleReviewSchema = z.object({
  articleId: z.string(),
  revisionId: z.string(),
  claims: z.record(
    z.string(),
    z.object({ state: reviewState, label: z.string(), changedSince: z.boolean(), reviewedVersion: z.number().int().nullable(), canReview: z.boolean() }),
  ),
  signOff: signOffViewSchema.nullable().meta({ description: "The latest sign-off, live or superseded" }),
  canSignOff: z.boolean(),
  signOffProblem: z.string().nullable(),
});

/** lib/server/reviews/list-history.ts. */
export const historySchema = z.object({ items: z.array(auditItemSchema) });

/** lib/server/reviews/list-review-queue.ts. */
export const reviewQueueSchema = z.object({
  items: z.array(
    z.object({
      claimId: z.string(),
      articleId: z.string(),
      articleTitle: z.string(),
      sessionId: z.string(),
      sessionName: z.string(),
      exact: z.string(),
      verdict: verdictSchema,
      version: z.number().int(),
      editorId: z.string(),
      editorName: z.string(),
      state: reviewState,
      stateLabel: z.string(),
      waitingSince: isoDateTime,
    }),
  ),
});

/** GET /api/v1/audit/verify. */
export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  events: z.number().int(),
  firstBroken: z
    .object({ seq: z.number().int(), id: z.string().nullable(), action: z.string().nullable(), createdAt: isoDateTime.nullable(), reason: z.string() })
    .nullable()
    .meta({ description: "The first event whose hash or link does not hold, or null" }),
});
