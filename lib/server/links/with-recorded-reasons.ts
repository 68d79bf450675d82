import "server-only";
import { getDb } from "@/lib/db";
import { needsDisagreementWarning, verdictsDisagree } from "@/lib/domain/claims/cluster-rules";
import type { Verdict } from "@/lib/domain/claims/verdicts";
import type { MatrixRow } from "@/lib/domain/matrix/build-matrix";

/** The claim ids of a matrix row (its cells' claims). */
export const rowClaims = (row: MatrixRow) => Object.values(row.cells).flatMap((cell) => (cell.kind === "claim" ? cell.claims : []));

/**
 * Marks the contested rows whose disagreeing verdicts have a recorded reason
 * that still applies (the same rule as a cluster's warning): the matrix then
 * says "reason recorded" instead of "contested". One query for all rows.
 */
export async function withRecordedReasons(workspaceId: string, rows: MatrixRow[]) {
  const contested = rows.filter((r) => r.contested);
  const ids = contested.flatMap((r) => rowClaims(r).map((c) => c.id));
  const reasons = ids.length === 0 ? [] : await getDb().verdictDisagreement.findMany({
    where: { workspaceId, claimIds: { hasSome: ids } },
    orderBy: { createdAt: "desc" },
    select: { claimIds: true, verdicts: true },
  });
  return rows.map((row) => {
    if (!row.contested) return { ...row, reasonRecorded: false };
    const current = rowClaims(row).map((c) => ({ claimId: c.id, verdict: c.verdict }));
    const reason = reasons.find((r) => r.claimIds.some((id) => current.some((c) => c.claimId === id)));
    const reasonRecorded = Boolean(reason) && verdictsDisagree(current.map((c) => c.verdict))
      && !needsDisagreementWarning(current, reason!.verdicts as Record<string, Verdict>);
    return { ...row, reasonRecorded };
  });
}
