import { z } from "zod";
import { articleRefs, auditEvent, change, excerpt, workspaceRefs } from "@/lib/domain/audit/define-audit-event";
import { SESSION_STATUSES } from "@/lib/domain/sessions/session-status";
import { WORK_STATUSES } from "@/lib/domain/sessions/work-status";

const sessionStatus = z.enum(SESSION_STATUSES);
const workStatus = z.enum(WORK_STATUSES);
const userIds = z.array(z.string());

/**
 * Audit events of annotation sessions. Events about the session itself are
 * workspace events on the AnnotationSession; events about one of its articles
 * are on the SessionArticle, carry the articleId (so the article's readers and
 * history hear of them) and name their session in `data.sessionId`.
 */
export const sessionEvents = [
  auditEvent("session.created", "AnnotationSession", workspaceRefs, { name: z.string(), deadline: z.string().nullable() }),
  auditEvent("session.updated", "AnnotationSession", workspaceRefs, {
    version: z.number().int(),
    name: change(z.string()).optional(),
    briefChanged: z.literal(true).optional(),
    deadline: change(z.string().nullable()).optional(),
    anyReviewerMayReview: change(z.boolean()).optional(),
    publicationUrl: change(z.string().nullable()).optional(),
  }),
  auditEvent("session.status_changed", "AnnotationSession", workspaceRefs, {
    name: z.string(),
    from: sessionStatus,
    to: sessionStatus,
    reason: z.string().optional(),
    /** Made by the app (the last article signed off), not by a person's click. */
    automatic: z.literal(true).optional(),
  }),
  auditEvent("session.article_added", "SessionArticle", articleRefs, {
    sessionId: z.string(),
    title: excerpt,
    editorIds: userIds,
    reviewerId: z.string().nullable(),
  }),
  auditEvent("session.article_assigned", "SessionArticle", articleRefs, {
    sessionId: z.string(),
    editorIds: change(userIds),
    reviewerId: change(z.string().nullable()),
  }),
  auditEvent("session.article_removed", "SessionArticle", articleRefs, { sessionId: z.string(), title: excerpt, status: workStatus }),
  auditEvent("session.work_status_changed", "SessionArticle", articleRefs, {
    sessionId: z.string(),
    from: workStatus,
    to: workStatus,
    /** Started by an assigned editor's first edit rather than a click. */
    automatic: z.literal(true).optional(),
  }),
] as const;
