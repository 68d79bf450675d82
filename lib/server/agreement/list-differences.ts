import "server-only";
import { getDb } from "@/lib/db";
import { DIFFERENCE_LABELS, findDifferences } from "@/lib/domain/agreement/find-differences";
import { allChecksDone } from "@/lib/domain/agreement/layer-visibility";
import { AppError } from "@/lib/domain/errors";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { loadDoubleChecks, toLayers } from "@/lib/server/agreement/load-layers";
import { userNames } from "@/lib/server/core/user-names";
import { findSessionArticle } from "@/lib/server/sessions/find-session-article";
import { person } from "@/lib/server/sessions/session-view";

/**
 * A double-checked article's statements for its reviewer, in reading order:
 * each with its kind (only one checker found it, spans differ, verdicts
 * differ, agreed), the checkers' claims side by side, and how it was settled.
 * Empty (ready: false) until every checker is done.
 * @throws AppError NOT_FOUND, FORBIDDEN, CONFLICT (not a double check)
 */
export async function listDifferences(actor: Actor, sessionId: string, articleId: string) {
  const db = getDb();
  const target = await findSessionArticle(db, actor, sessionId, articleId);
  const editorIds = target.editors.map((e) => e.userId);
  authorize(actor, "agreement.reconcile", { workspaceId: target.session.workspaceId, editorIds, reviewerId: target.reviewerId });
  if (!target.doubleCheck) throw new AppError("CONFLICT", "This article is not a double check.");
  const [row] = await loadDoubleChecks(db, sessionId, articleId);
  const ready = allChecksDone(row);
  const resolutions = await db.agreementResolution.findMany({ where: { sessionArticleId: row.id } });
  const names = await userNames([...editorIds, ...resolutions.map((r) => r.resolvedById)]);
  const claims = new Map(row.layerClaims.map((c) => [c.id, c]));
  const settled = new Map(resolutions.map((r) => [r.key, r]));
  const differences = ready
    ? findDifferences(toLayers(row)).map((d) => {
        const r = settled.get(d.key);
        return {
          key: d.key,
          kind: d.kind,
          label: DIFFERENCE_LABELS[d.kind],
          sides: d.members.map((m) => {
            const c = claims.get(m.id)!;
            return { claimId: m.id, editor: person(m.editorId, names), start: m.start, end: m.end, exact: c.exact, prefix: c.prefix, suffix: c.suffix, verdict: m.verdict };
          }),
          missing: editorIds.filter((id) => !d.members.some((m) => m.editorId === id)).map((id) => person(id, names)),
          resolution: r
            ? { action: r.action, claimId: r.claimId, note: r.note, resolvedBy: person(r.resolvedById, names), resolvedAt: r.resolvedAt.toISOString() }
            : null,
        };
      })
    : [];
  return {
    sessionId,
    articleId,
    title: row.article.title,
    ready,
    editors: row.editors.map((e) => ({ ...person(e.userId, names), doneAt: e.doneAt?.toISOString() ?? null })),
    differences,
  };
}
export type DifferenceList = Awaited<ReturnType<typeof listDifferences>>;
