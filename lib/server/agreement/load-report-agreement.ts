import "server-only";
import type { Tx } from "@/lib/db";
import { agreementReportLines } from "@/lib/domain/agreement/agreement-report";
import { computeAgreement } from "@/lib/domain/agreement/compute-agreement";
import { allChecksDone } from "@/lib/domain/agreement/layer-visibility";
import { loadDoubleChecks, toLayers } from "@/lib/server/agreement/load-layers";
import { userNames } from "@/lib/server/core/user-names";

/** The session report's agreement lines, on its finished double checks (null when there is none). */
export async function loadReportAgreement(db: Tx, sessionId: string) {
  const finished = (await loadDoubleChecks(db, sessionId)).filter((r) => allChecksDone(r));
  if (finished.length === 0) return null;
  const figures = computeAgreement(finished.map((r) => ({ articleId: r.articleId, layers: toLayers(r) })));
  const names = await userNames(finished.flatMap((r) => r.editors.map((e) => e.userId)), db);
  return agreementReportLines(figures, finished.length, names);
}
