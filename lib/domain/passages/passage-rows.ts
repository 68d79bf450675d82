import { splitSentences } from "@/lib/domain/passages/split-sentences";

/** The revision whose sentences become passages. */
export interface RevisionToIndex {
  workspaceId: string;
  articleId: string;
  revisionId: string;
  plainText: string;
}

/**
 * The passage rows of a revision (one per sentence), as the JSON array the
 * indexing INSERT reads with jsonb_to_recordset. A string, so a worker thread
 * can hand a long article's rows back as one cheap copy.
 */
export function passageRowsJson({ workspaceId, articleId, revisionId, plainText }: RevisionToIndex): string {
  return JSON.stringify(
    splitSentences(plainText).map((s, ordinal) => ({ workspaceId, articleId, revisionId, ordinal, start: s.start, end: s.end, text: s.text })),
  );
}
