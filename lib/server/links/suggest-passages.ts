import "server-only";
import { getDb } from "@/lib/db";
import { authorize } from "@/lib/domain/policies/authorize";
import { highlightMatches } from "@/lib/domain/passages/highlight-matches";
import type { Actor } from "@/lib/domain/roles";
import { findClaim } from "@/lib/server/claims/find-claim";
import { MAX_CLAIM_CHARS, suggestionSql } from "@/lib/server/links/suggestion-sql";

interface SuggestionRow {
  id: string;
  articleId: string;
  revisionId: string;
  ordinal: number;
  start: number;
  end: number;
  text: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  fts: number;
  coverage: number;
  word_sim: number;
  sim: number;
  score: number;
}

/**
 * Passages of the workspace's other articles that may corroborate, contradict
 * or repeat the claim, best first, with the words they share with it
 * highlighted. Dismissed and already-linked passages are left out.
 * @throws AppError NOT_FOUND for a claim outside the actor's workspace
 */
export async function suggestPassages(actor: Actor, articleId: string, claimId: string, limit = 10) {
  const db = getDb();
  const claim = await findClaim(db, actor, articleId, claimId);
  authorize(actor, "claim.read", claim);
  const text = claim.exact.slice(0, MAX_CLAIM_CHARS);
  const rows = await db.$queryRaw<SuggestionRow[]>(suggestionSql({ workspaceId: actor.workspaceId, articleId, claimId, text, limit }));
  return rows.map((row) => {
    const { ranges, words } = highlightMatches(text, row.text);
    return {
      passageId: row.id,
      article: { id: row.articleId, title: row.title, outlet: row.outlet, publishedAt: row.publishedAt?.toISOString() ?? null },
      revisionId: row.revisionId,
      ordinal: row.ordinal,
      text: row.text,
      /** UTF-16 offsets of the passage in the target revision's plain text. */
      position: { start: row.start, end: row.end },
      score: round(row.score),
      scores: { coverage: round(row.coverage), fullText: round(row.fts), wordSimilarity: round(row.word_sim), similarity: round(row.sim) },
      /** Ranges of `text` (UTF-16) holding words the passage shares with the claim. */
      highlights: ranges,
      matchedWords: words,
    };
  });
}
export type Suggestion = Awaited<ReturnType<typeof suggestPassages>>[number];

const round = (x: number) => Math.round(x * 1000) / 1000;
