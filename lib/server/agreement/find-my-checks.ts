import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/domain/roles";

/**
 * The double checks of the article the actor is a checker of, in open or
 * in-review sessions: for the annotator's "Mark my check done" bar.
 */
export async function findMyChecks(actor: Actor, articleId: string) {
  const rows = await getDb().sessionArticle.findMany({
    where: {
      articleId,
      doubleCheck: true,
      session: { workspaceId: actor.workspaceId, status: { in: ["OPEN", "IN_REVIEW"] } },
      editors: { some: { userId: actor.userId } },
    },
    select: { sessionId: true, session: { select: { name: true } }, editors: { select: { userId: true, doneAt: true } } },
    orderBy: { addedAt: "asc" },
  });
  return rows.map((r) => ({
    sessionId: r.sessionId,
    sessionName: r.session.name,
    done: r.editors.some((e) => e.userId === actor.userId && e.doneAt !== null),
    doneCount: r.editors.filter((e) => e.doneAt !== null).length,
    total: r.editors.length,
  }));
}
export type MyCheck = Awaited<ReturnType<typeof findMyChecks>>[number];
