import "server-only";
import type { Tx } from "@/lib/db";
import type { WorkspaceAuditEvent } from "@/lib/domain/audit/audit-event";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import type { AssignmentInput } from "@/lib/domain/sessions/session-input";
import { recordAudit } from "@/lib/server/core/audit";
import { notify, type NotificationDraft } from "@/lib/server/notifications/notify";
import { checkAssignees } from "@/lib/server/sessions/check-assignees";
import { assertSessionWritable, findSession } from "@/lib/server/sessions/find-session";
import { sessionArticleInclude } from "@/lib/server/sessions/session-view";
import { checkDoubleCheckChange, doubleCheckEvent } from "@/lib/server/agreement/double-check-change";

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * Adds articles to a session and assigns them, or reassigns those already in
 * it, inside the caller's transaction: one audit event per article that
 * changed (added, or assigned with from/to), a notification to each person
 * newly given an article, and everyone assigned recorded as taking part.
 * Articles whose assignment is unchanged are left alone (PUT is idempotent).
 * Returns the session articles in the order of `articleIds`.
 */
export async function assignInSession(tx: Tx, actor: Actor, sessionId: string, articleIds: readonly string[], input: AssignmentInput) {
  const session = await findSession(tx, actor, sessionId, { lock: true });
  authorize(actor, "session.assign", session);
  assertSessionWritable(session);
  const { editorIds, reviewerId } = await checkAssignees(tx, actor, input);
  const articles = await tx.article.findMany({ where: { id: { in: [...articleIds] }, workspaceId: actor.workspaceId, deletedAt: null }, select: { id: true, title: true } });
  if (articles.length !== articleIds.length) throw new AppError("NOT_FOUND", "That article does not exist in this workspace.");
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const existing = new Map(
    (await tx.sessionArticle.findMany({ where: { sessionId, articleId: { in: [...articleIds] } }, include: { editors: true } })).map((r) => [r.articleId, r]),
  );
  const drafts: NotificationDraft[] = [];
  // Audited after every row is written: the audit stream's lock is taken last, as in every write.
  const events: WorkspaceAuditEvent[] = [];
  const tell = (userIds: readonly string[], as: "editor" | "reviewer", articleId: string) => {
    for (const userId of userIds) {
      drafts.push({ kind: "session.assigned", userId, sessionId, articleId, data: { as, sessionName: session.name, articleTitle: titles.get(articleId)! } });
    }
  };

  for (const articleId of articleIds) {
    const before = existing.get(articleId);
    if ((input.doubleCheck ?? before?.doubleCheck) && editorIds.length < 2) throw new AppError("VALIDATION", "A double check needs at least two editors.");
    if (!before) {
      const created = await tx.sessionArticle.create({
        data: { sessionId, articleId, reviewerId, doubleCheck: input.doubleCheck ?? false, editors: { create: editorIds.map((userId) => ({ userId })) } },
      });
      events.push({
        action: "session.article_added",
        entityType: "SessionArticle",
        entityId: created.id,
        articleId,
        data: { sessionId, title: titles.get(articleId)!.slice(0, 200), editorIds: [...editorIds], reviewerId },
      });
      if (input.doubleCheck) events.push(doubleCheckEvent(created.id, articleId, sessionId, true));
      tell(editorIds, "editor", articleId);
      if (reviewerId) tell([reviewerId], "reviewer", articleId);
      continue;
    }
    const oldEditors = before.editors.map((e) => e.userId);
    const doubleCheck = input.doubleCheck ?? before.doubleCheck;
    if (doubleCheck !== before.doubleCheck) {
      await checkDoubleCheckChange(tx, before.id, doubleCheck);
      await tx.sessionArticle.update({ where: { id: before.id }, data: { doubleCheck, version: { increment: 1 } } });
      events.push(doubleCheckEvent(before.id, articleId, sessionId, doubleCheck));
    }
    if (sameSet(oldEditors, editorIds) && before.reviewerId === reviewerId) continue;
    await tx.sessionArticleEditor.deleteMany({ where: { sessionArticleId: before.id, userId: { notIn: [...editorIds] } } });
    const newEditors = editorIds.filter((id) => !oldEditors.includes(id));
    await tx.sessionArticleEditor.createMany({ data: newEditors.map((userId) => ({ sessionArticleId: before.id, userId })) });
    await tx.sessionArticle.update({ where: { id: before.id }, data: { reviewerId, version: { increment: 1 } } });
    events.push({
      action: "session.article_assigned",
      entityType: "SessionArticle",
      entityId: before.id,
      articleId,
      data: { sessionId, editorIds: { from: oldEditors, to: [...editorIds] }, reviewerId: { from: before.reviewerId, to: reviewerId } },
    });
    tell(newEditors, "editor", articleId);
    if (reviewerId && reviewerId !== before.reviewerId) tell([reviewerId], "reviewer", articleId);
  }

  const people = [...editorIds, ...(reviewerId ? [reviewerId] : [])];
  await tx.sessionMember.createMany({ data: people.map((userId) => ({ sessionId, userId })), skipDuplicates: true });
  await notify(tx, actor, drafts);
  for (const event of events) await recordAudit(tx, actor, event);
  const rows = await tx.sessionArticle.findMany({ where: { sessionId, articleId: { in: [...articleIds] } }, include: sessionArticleInclude });
  const byArticle = new Map(rows.map((r) => [r.articleId, r]));
  return articleIds.map((id) => byArticle.get(id)!);
}
