import "server-only";
import { getDb } from "@/lib/db";
import { computeAgreement } from "@/lib/domain/agreement/compute-agreement";
import { findDifferences } from "@/lib/domain/agreement/find-differences";
import { allChecksDone } from "@/lib/domain/agreement/layer-visibility";
import { DEFAULT_OVERLAP_THRESHOLD } from "@/lib/domain/agreement/span-matching";
import { authorize } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";
import { loadDoubleChecks, toLayers } from "@/lib/server/agreement/load-layers";
import { userNames } from "@/lib/server/core/user-names";
import { findSession } from "@/lib/server/sessions/find-session";
import { person } from "@/lib/server/sessions/session-view";

/**
 * The session's agreement figures, computed on the checkers' layers (never on
 * the reconciled claims): for the session, per pair of editors and per
 * double-checked article. Only finished checks (every checker done) count, so
 * the figures reveal nothing of a blind check to anyone.
 * @throws AppError NOT_FOUND
 */
export async function getSessionAgreement(actor: Actor, sessionId: string, { overlapThreshold = DEFAULT_OVERLAP_THRESHOLD } = {}) {
  const db = getDb();
  const session = await findSession(db, actor, sessionId);
  authorize(actor, "agreement.read", session);
  const rows = await loadDoubleChecks(db, sessionId);
  const finished = rows.filter((r) => allChecksDone(r));
  const settled = await db.agreementResolution.findMany({ where: { sessionArticleId: { in: finished.map((r) => r.id) } }, select: { sessionArticleId: true, key: true } });
  const names = await userNames(rows.flatMap((r) => r.editors.map((e) => e.userId)));
  const figures = computeAgreement(finished.map((r) => ({ articleId: r.articleId, layers: toLayers(r) })), overlapThreshold);
  const withNames = <P extends { editorA: string; editorB: string }>(p: P) => ({ ...p, editorA: person(p.editorA, names), editorB: person(p.editorB, names) });
  return {
    sessionId,
    overlapThreshold,
    doubleChecked: rows.length,
    finished: finished.length,
    session: { ...figures, pairs: figures.pairs.map(withNames) },
    articles: finished.map((r) => {
      const one = computeAgreement([{ articleId: r.articleId, layers: toLayers(r) }], overlapThreshold);
      const keys = new Set(settled.filter((s) => s.sessionArticleId === r.id).map((s) => s.key));
      const differences = findDifferences(toLayers(r)).filter((d) => d.kind !== "AGREED");
      return {
        articleId: r.articleId,
        title: r.article.title,
        editors: r.editors.map((e) => person(e.userId, names)),
        differences: differences.length,
        openDifferences: differences.filter((d) => !keys.has(d.key)).length,
        figures: { ...one, pairs: one.pairs.map(withNames) },
      };
    }),
  };
}
export type SessionAgreement = Awaited<ReturnType<typeof getSessionAgreement>>;
