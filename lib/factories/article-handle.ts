import { createAnchor, type Anchor } from "@/lib/domain/anchoring/selectors";

/** What factories return for an article: enough to mark claims and links on its current revision. */
export interface ArticleHandle {
  id: string;
  title: string;
  revisionId: string;
  /** The revision's plain text, as stored. */
  text: string;
  /** The revision's TipTap JSON, as stored. */
  doc: unknown;
  /** The anchor of the first occurrence of `phrase` in the text at or after `from`; throws when there is none. */
  anchorOf(phrase: string, from?: number): Anchor;
}

/** Builds the handle of a stored article revision. */
export function articleHandle(article: { id: string; title: string }, revision: { id: string; plainText: string; doc: unknown }): ArticleHandle {
  const text = revision.plainText;
  return {
    id: article.id,
    title: article.title,
    revisionId: revision.id,
    text,
    doc: revision.doc,
    anchorOf(phrase, from = 0) {
      const start = text.indexOf(phrase, from);
      if (start < 0) throw new Error(`"${phrase}" is not in “${article.title}”`);
      return createAnchor(text, start, start + phrase.length);
    },
  };
}
