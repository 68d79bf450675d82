import "server-only";
import type { Tx } from "@/lib/db";
import { passageRowsJson, type RevisionToIndex } from "@/lib/domain/passages/passage-rows";
import { passageRowsInWorker } from "@/lib/server/core/import-pool";

export type { RevisionToIndex } from "@/lib/domain/passages/passage-rows";

/** Longer texts are split into sentences in the worker pool, so the request thread stays free. */
const SPLIT_IN_WORKER_CHARS = 200_000;

/**
 * Replaces the article's passages with the sentences of its new revision,
 * inside the caller's transaction. One INSERT writes every passage; Postgres
 * derives the full-text vector (english) and the text hash that names a
 * passage across re-indexing (lower-cased, whitespace collapsed), so the
 * suggestion query and the stored values can never disagree.
 * @returns the number of passages written
 */
export function indexRevisionPassages(tx: Tx, revision: RevisionToIndex): Promise<number> {
  return indexRevisionsPassages(tx, [revision]);
}

/**
 * indexRevisionPassages for the revisions of many articles (one each) in two
 * statements, for bulk loads such as the benchmarks' (lib/factories/insert-articles).
 * @returns the number of passages written
 */
export async function indexRevisionsPassages(tx: Tx, revisions: readonly RevisionToIndex[]): Promise<number> {
  if (revisions.length === 0) return 0;
  await tx.$executeRaw`DELETE FROM "Passage" WHERE "articleId" = ANY(${revisions.map((r) => r.articleId)})`;
  const parts = await Promise.all(revisions.map((r) => (r.plainText.length > SPLIT_IN_WORKER_CHARS ? passageRowsInWorker(r) : passageRowsJson(r))));
  // Each part is a JSON array: their insides joined make one.
  const rows = parts.map((json) => json.slice(1, -1)).filter(Boolean);
  if (rows.length === 0) return 0;
  const passages = `[${rows.join(",")}]`;
  return tx.$executeRaw`
    INSERT INTO "Passage" ("id", "workspaceId", "articleId", "revisionId", "ordinal", "start", "end", "text", "textHash", "search")
    SELECT gen_random_uuid()::text, r."workspaceId", r."articleId", r."revisionId",
           r.ordinal, r.start, r."end", r.text,
           encode(sha256(convert_to(lower(regexp_replace(r.text, '\\s+', ' ', 'g')), 'UTF8')), 'hex'),
           to_tsvector('english', r.text)
      FROM jsonb_to_recordset(${passages}::jsonb)
        AS r("workspaceId" text, "articleId" text, "revisionId" text, ordinal int, start int, "end" int, text text)`;
}
