import "server-only";
import type { Tx } from "@/lib/db";
import type { Verdict } from "@/lib/domain/claims/verdicts";

/** A claim whose own wording a correction changed, as the correction's summary lists it. */
export interface ChangedClaim {
  claimId: string;
  before: string;
  after: string;
  verdict: Verdict;
}

/**
 * Flags the rated claims among `changed` as "text changed since it was rated":
 * their verdict was given on other words. The first wording is kept across
 * several corrections until an editor checks the claim again. Pending claims
 * have no verdict to go stale and are only listed.
 */
export async function flagChangedClaims(tx: Tx, changed: { id: string; before: string; after: string }[], verdicts: Map<string, Verdict>): Promise<ChangedClaim[]> {
  const list = changed.map((c) => ({ claimId: c.id, before: c.before, after: c.after, verdict: verdicts.get(c.id) ?? "PENDING" }));
  const rated = list.filter((c) => c.verdict !== "PENDING");
  if (rated.length > 0) {
    await tx.$executeRaw`
      UPDATE "Claim" AS t
         SET "textChangedAt" = now(), "previousText" = COALESCE(t."previousText", v.before)
        FROM jsonb_to_recordset(${JSON.stringify(rated.map((c) => ({ id: c.claimId, before: c.before })))}::jsonb) AS v(id text, before text)
       WHERE t.id = v.id`;
  }
  return list;
}
