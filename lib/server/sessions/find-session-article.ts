import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What a work-status move needs: the row, its editors, its session's state and the article's title. */
export const workTargetInclude = {
  editors: { select: { userId: true } },
  session: { select: { id: true, workspaceId: true, name: true, status: true, anyReviewerMayReview: true } },
  article: { select: { title: true } },
} satisfies Prisma.SessionArticleInclude;

export type WorkTarget = Prisma.SessionArticleGetPayload<{ include: typeof workTargetInclude }>;

/**
 * An article of a session of the actor's workspace, ready for a work-status
 * move, or NOT_FOUND. With `lock`, the session's row is locked until the
 * transaction ends (as every session write locks it first), so moves,
 * assignments and status changes of one session happen one after the other,
 * and a sign-off may move the session itself without a lock-order deadlock.
 */
export async function findSessionArticle(tx: Tx, actor: Actor, sessionId: string, articleId: string, opts: { lock?: boolean } = {}): Promise<WorkTarget> {
  if (opts.lock) await tx.$queryRaw`SELECT 1 FROM "AnnotationSession" WHERE id = ${sessionId} AND "workspaceId" = ${actor.workspaceId} FOR UPDATE`;
  const row = await tx.sessionArticle.findFirst({
    where: { sessionId, articleId, session: { workspaceId: actor.workspaceId } },
    include: workTargetInclude,
  });
  if (!row) throw new AppError("NOT_FOUND", "That article is not in this session.");
  return row;
}

/**
 * Every session of an open or in-review session that holds the article, for
 * work that follows the article rather than one session (a first edit starts
 * work; the review work's sign-off finds the article's sessions this way).
 */
export function findActiveSessionArticles(tx: Tx, actor: Actor, articleId: string, where: Prisma.SessionArticleWhereInput = {}) {
  return tx.sessionArticle.findMany({
    where: { ...where, articleId, session: { workspaceId: actor.workspaceId, status: { in: ["OPEN", "IN_REVIEW"] } } },
    include: workTargetInclude,
  });
}
