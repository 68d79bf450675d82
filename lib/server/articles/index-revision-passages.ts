import "server-only";
import type { Tx } from "@/lib/db";
import { splitSentences } from "@/lib/domain/passages/split-sentences";

export interface RevisionToIndex {
  workspaceId: string;
  articleId: string;
  revisionId: string;
  plainText: string;
}

/**
 * Replaces the article's passages with the sentences of its new revision,
 * inside the caller's transaction. One INSERT writes every passage; Postgres
 * derives the full-text vector (english) and the text hash that names a
 * passage across re-indexing (lower-cased, whitespace collapsed), so the
 * suggestion query and the stored values can never disagree.
 * @returns the number of passages written
 */
export async function indexRevisionPassages(tx: Tx, revision: RevisionToIndex): Promise<number> {
  await tx.$executeRaw`DELETE FROM "Passage" WHERE "articleId" = ${revision.articleId}`;
  const spans = splitSentences(revision.plainText);
  if (spans.length === 0) return 0;
  const rows = JSON.stringify(spans.map((s, ordinal) => ({ ordinal, start: s.start, end: s.end, text: s.text })));
  return tx.$executeRaw`
    INSERT INTO "Passage" ("id", "workspaceId", "articleId", "revisionId", "ordinal", "start", "end", "text", "textHash", "search")
    SELECT gen_random_uuid()::text, ${revision.workspaceId}, ${revision.articleId}, ${revision.revisionId},
           r.ordinal, r.start, r."end", r.text,
           encode(sha256(convert_to(lower(regexp_replace(r.text, '\\s+', ' ', 'g')), 'UTF8')), 'hex'),
           to_tsvector('english', r.text)
      FROM jsonb_to_recordset(${rows}::jsonb) AS r(ordinal int, start int, "end" int, text text)`;
}
