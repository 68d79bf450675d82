import "server-only";
import type { Tx } from "@/lib/db";
import { v7 as orderedId } from "uuid";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ImportedClaimRow = Prisma.ClaimCreateManyInput & { id: string };
export type ImportedLinkRow = Prisma.PassageLinkCreateManyInput;

/*
 * An import writes thousands of rows: each kind goes in as one JSON parameter
 * unpacked by jsonb_to_recordset, which costs Postgres little and the client
 * nothing per value (Prisma's createMany builds, binds and compiles a
 * parameter per column per row, which dominated a 3,000-claim import).
 * Conflicts on the unique import source are skipped, as createMany's skipDuplicates did.
 * Rows made in one transaction share their createdAt, and lists order ties by
 * id: the ids are time-ordered (UUIDv7), so an import keeps the file's order.
 */

/** A new row id that sorts after every id made before it. */
export const importedRowId = (): string => orderedId();

/** Inserts the claims; answers how many were new. */
export async function insertImportedClaims(tx: Tx, rows: readonly ImportedClaimRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO "Claim" (id, "workspaceId", "articleId", "revisionId", exact, prefix, suffix, start, "end", orphaned, verdict,
                         rationale, "claimReviewed", claimant, "importSourceId", "createdById", "updatedById", "updatedAt")
    SELECT r.id, r."workspaceId", r."articleId", r."revisionId", r.exact, r.prefix, r.suffix, r.start, r."end", r.orphaned,
           r.verdict::"Verdict", r.rationale, r."claimReviewed", r.claimant, r."importSourceId", r."createdById", r."updatedById", now()
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS r(id text, "workspaceId" text, "articleId" text, "revisionId" text, exact text, prefix text, suffix text, start int, "end" int,
             orphaned boolean, verdict text, rationale jsonb, "claimReviewed" text, claimant text, "importSourceId" text,
             "createdById" text, "updatedById" text)
    ON CONFLICT DO NOTHING`;
}

/** Inserts the evidence of the imported claims. */
export async function insertImportedEvidence(tx: Tx, rows: readonly Prisma.EvidenceCreateManyInput[]): Promise<number> {
  if (rows.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO "Evidence" (id, "claimId", url, quote, note, "checkedAt", "createdById")
    SELECT r.id, r."claimId", r.url, r.quote, r.note, r."checkedAt", r."createdById"
      FROM jsonb_to_recordset(${JSON.stringify(rows.map((row) => ({ id: importedRowId(), ...row })))}::jsonb)
        AS r(id text, "claimId" text, url text, quote text, note text, "checkedAt" timestamp(3), "createdById" text)`;
}

/** Inserts the links; answers how many were new. */
export async function insertImportedLinks(tx: Tx, rows: readonly ImportedLinkRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO "PassageLink" (id, "workspaceId", "claimId", "targetArticleId", "targetRevisionId", exact, prefix, suffix, start, "end",
                               orphaned, relation, note, "importSourceId", "createdById", "updatedById", "updatedAt")
    SELECT r.id, r."workspaceId", r."claimId", r."targetArticleId", r."targetRevisionId", r.exact, r.prefix, r.suffix,
           r.start, r."end", r.orphaned, r.relation::"LinkRelation", r.note, r."importSourceId", r."createdById", r."updatedById", now()
      FROM jsonb_to_recordset(${JSON.stringify(rows.map((row) => ({ id: importedRowId(), ...row })))}::jsonb)
        AS r(id text, "workspaceId" text, "claimId" text, "targetArticleId" text, "targetRevisionId" text, exact text, prefix text, suffix text,
             start int, "end" int, orphaned boolean, relation text, note text, "importSourceId" text, "createdById" text, "updatedById" text)
    ON CONFLICT DO NOTHING`;
}
