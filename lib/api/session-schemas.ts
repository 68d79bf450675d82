import { z } from "zod";
import { verdictCountsSchema } from "@/lib/api/article-schemas";
import { auditItemSchema, isoDateTime, personSchema } from "@/lib/api/common-schemas";
import { ROLES } from "@/lib/domain/roles";
import { SESSION_STATUSES } from "@/lib/domain/sessions/session-status";
import { WORK_STATUSES, type WorkStatus } from "@/lib/domain/sessions/work-status";

export const sessionStatusSchema = z.enum(SESSION_STATUSES).meta({ id: "SessionStatus" });
export const workStatusSchema = z.enum(WORK_STATUSES).meta({ id: "WorkStatus" });

const progressSchema = z
  .object({ done: z.number().int(), total: z.number().int(), percent: z.number().int().min(0).max(100) })
  .meta({ id: "Progress" });

const statusCountsSchema = z
  .object(Object.fromEntries(WORK_STATUSES.map((s) => [s, z.number().int()])) as Record<WorkStatus, z.ZodNumber>)
  .meta({ description: "Articles per work status" });

/** lib/server/sessions/session-view.ts: toSessionView. */
export const sessionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    brief: z.record(z.string(), z.unknown()).nullable().meta({ description: "TipTap JSON document" }),
    deadline: isoDateTime.nullable(),
    status: sessionStatusSchema,
    anyReviewerMayReview: z.boolean(),
    publicationUrl: z.string().nullable(),
    version: z.number().int().meta({ description: "Send it back when changing the session (optimistic locking)" }),
    createdBy: personSchema,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    articleCount: z.number().int(),
    statusCounts: statusCountsSchema,
    progress: progressSchema.meta({ description: "Articles handed over for review or signed off" }),
  })
  .meta({ id: "Session" });

export const sessionListSchema = z.object({
  items: z.array(sessionSchema.extend({ mine: z.boolean().meta({ description: "You are assigned an article in it" }) })),
});

/** lib/server/sessions/session-view.ts: toSessionArticleView. */
export const sessionArticleSchema = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    articleId: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    status: workStatusSchema,
    version: z.number().int(),
    editors: z.array(personSchema),
    reviewer: personSchema.nullable(),
    doubleCheck: z.boolean().meta({ description: "A blind double check: each editor checks on their own layer" }),
    checksDone: z.array(z.string()).meta({ description: "Ids of the editors who marked their check done (double checks)" }),
    claimCounts: verdictCountsSchema,
    claimTotal: z.number().int(),
    claimProgress: progressSchema.meta({ description: "Claims rated (any verdict but pending)" }),
    addedAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: "SessionArticle" });

const movesSchema = z
  .array(z.object({ to: workStatusSchema, label: z.string() }))
  .meta({ description: "The work-status moves you may make on it now" });

export const sessionArticleWithMovesSchema = sessionArticleSchema.extend({ moves: movesSchema });

/** lib/server/sessions/get-session.ts. */
export const sessionDetailSchema = z
  .object({
    session: sessionSchema,
    articles: z.array(
      sessionArticleWithMovesSchema.extend({
        review: z.object({
          approved: z.number().int().meta({ description: "Live claims whose approval holds" }),
          signedOff: z.boolean().meta({ description: "Signed off, and not superseded" }),
        }),
      }),
    ),
    members: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        role: z.enum(ROLES).nullable().meta({ description: "null: no longer a member of the workspace" }),
        editing: progressSchema,
        reviewing: progressSchema,
        claimsTagged: z.number().int(),
      }),
    ),
    activity: z.array(auditItemSchema),
    can: z.object({
      edit: z.boolean(),
      assign: z.boolean(),
      moves: z.array(z.object({ to: sessionStatusSchema, label: z.string(), needsReason: z.boolean(), needsAllSignedOff: z.boolean() })),
    }),
  })
  .meta({ id: "SessionDetail" });

export const assignedListSchema = z.object({ items: z.array(sessionArticleSchema) });

const slotItemSchema = z.object({ id: z.string(), href: z.string(), title: z.string(), detail: z.string().optional(), at: isoDateTime.optional() });

/** lib/server/sessions/list-my-work.ts. */
export const myWorkSchema = z
  .object({
    openCount: z.number().int().meta({ description: "Articles waiting on you: to do, in progress, changes requested" }),
    sessions: z.array(
      z.object({
        session: z.object({ id: z.string(), name: z.string(), status: sessionStatusSchema, deadline: isoDateTime.nullable() }),
        items: z.array(sessionArticleWithMovesSchema),
      }),
    ),
    waitingForReview: z.array(slotItemSchema),
    cameBack: z.array(slotItemSchema),
  })
  .meta({ id: "MyWork" });

/** lib/server/notifications/list-notifications.ts. */
export const notificationListSchema = z
  .object({
    unread: z.number().int(),
    items: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        text: z.string(),
        href: z.string(),
        sessionId: z.string().nullable(),
        articleId: z.string().nullable(),
        claimId: z.string().nullable(),
        createdAt: isoDateTime,
        readAt: isoDateTime.nullable(),
      }),
    ),
  })
  .meta({ id: "NotificationList" });

export const markedReadSchema = z.object({ marked: z.number().int() });
