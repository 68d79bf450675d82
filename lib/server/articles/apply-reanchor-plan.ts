import "server-only";
import type { Tx } from "@/lib/db";
import { placedRecords, type ReanchorPlan } from "@/lib/domain/anchoring/plan-reanchoring";
import { Prisma } from "@/lib/generated/prisma/client";

/** Tables whose rows carry an anchor, and the column naming the revision it points into. */
const TABLES = {
  Claim: "revisionId",
  PassageLink: "targetRevisionId",
} as const;

/**
 * Writes a re-anchoring plan onto a new revision: every placed row in one bulk
 * UPDATE (a long article can carry thousands), newly orphaned rows flagged.
 * Orphans keep their last anchor and revision.
 */
export async function applyReanchorPlan(tx: Tx, table: keyof typeof TABLES, revisionId: string, plan: ReanchorPlan) {
  const name = Prisma.raw(`"${table}"`);
  const revisionColumn = Prisma.raw(`"${TABLES[table]}"`);
  if (plan.placed.length > 0) {
    await tx.$executeRaw`
      UPDATE ${name} AS t
         SET ${revisionColumn} = ${revisionId}, exact = v.exact, prefix = v.prefix, suffix = v.suffix,
             start = v.start, "end" = v."end", orphaned = false, version = t.version + 1, "updatedAt" = now()
        FROM jsonb_to_recordset(${JSON.stringify(placedRecords(plan))}::jsonb)
             AS v(id text, exact text, prefix text, suffix text, start int, "end" int)
       WHERE t.id = v.id`;
  }
  if (plan.newlyOrphaned.length > 0) {
    await tx.$executeRaw`
      UPDATE ${name} SET orphaned = true, version = version + 1, "updatedAt" = now()
       WHERE id = ANY(${plan.newlyOrphaned}::text[])`;
  }
}
